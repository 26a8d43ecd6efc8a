package com.interviewed.web;

import java.io.IOException;
import jakarta.servlet.ServletException;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What Tomcat does before the application sees a request: its error reports speak RFC 9457 under /api/
 * ({@link ProblemErrorReportValve}), and HTTP/0.9 requests (a bare {@code GET /} with no version, no headers, so
 * no Host and no security headers in the answer) are refused by closing the connection, and slow clients cannot take
 * every request thread ({@link ClientLimitValve}). Tomcat's own timeouts and connection limits are in
 * application.yml (server.tomcat.*). Ordered last so that the valves run after Spring Boot's RemoteIpValve and see
 * the client's forwarded address.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class TomcatHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ClientLimitsProperties clientLimits;

    TomcatHardening(ClientLimitsProperties clientLimits) {
        this.clientLimits = clientLimits;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
        factory.addEngineValves(new RefuseHttp09(), new ClientLimitValve(clientLimits));
    }

    static final class RefuseHttp09 extends ValveBase {

        RefuseHttp09() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            String protocol = request.getProtocol();
            if (protocol == null || protocol.isEmpty() || protocol.equals("HTTP/0.9")) {
                response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
                return;
            }
            getNext().invoke(request, response);
        }
    }
}
