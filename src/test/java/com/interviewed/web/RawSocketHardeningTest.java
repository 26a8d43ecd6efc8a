package com.interviewed.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.interviewed.support.HttpTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Clients that do not speak HTTP as browsers do, over raw sockets: bodies trickled a byte at a time, headers that
 * never end, HTTP/0.9 and broken request lines. The server is made small (20 threads) so that without
 * {@link ClientLimitValve} the trickling clients would take every thread and the health check would hang. Linux
 * routes all of 127.0.0.0/8 to the loopback device, so the attackers come from 127.0.0.2… and the well-behaved
 * client from 127.0.0.1.
 */
@TestPropertySource(properties = {
        "server.tomcat.threads.max=20",
        "server.tomcat.connection-timeout=3s",
        "interviewed.web.client-limits.max-requests-per-address=8",
        "interviewed.web.client-limits.max-body-requests=10"})
class RawSocketHardeningTest extends HttpTestSupport {

    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void tricklingBodiesCannotTakeEveryThread() throws Exception {
        assertThat(health().statusCode()).isEqualTo(200);
        // 30 uploads from five addresses (six each, under the per-address limit) that send one byte a second.
        List<Socket> trickling = new ArrayList<>();
        for (int address = 2; address <= 6; address++) {
            for (int i = 0; i < 6; i++) {
                trickling.add(startTricklingUpload("127.0.0." + address));
            }
        }
        ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();
        trickler.scheduleAtFixedRate(() -> trickle(trickling), 1, 1, TimeUnit.SECONDS);
        try {
            Thread.sleep(1_500);
            // Without the limits all 20 threads would be waiting for a byte and this would time out.
            for (int i = 0; i < 5; i++) {
                assertThat(health().statusCode()).isEqualTo(200);
                Thread.sleep(1_000);
            }
        } finally {
            trickler.shutdownNow();
        }

        List<String> answers = statusLines(trickling);
        // Twenty were refused at once, without reading their body. Ten held a thread: still being read, or answered
        // 408 when the loaded test machine let more than the 3 s read timeout pass between two bytes.
        assertThat(answers.stream().filter(line -> line.startsWith("HTTP/1.1 503")).count())
                .as(answers.toString()).isEqualTo(20);
        assertThat(answers.stream().filter(line -> line.isEmpty() || line.startsWith("HTTP/1.1 408")).count())
                .as(answers.toString()).isEqualTo(10);
    }

    private HttpResponse<String> health() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void oneAddressCannotHoldMoreThanItsShare() throws Exception {
        List<Socket> trickling = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            trickling.add(startTricklingUpload("127.0.0.9"));
        }
        // Keep the admitted uploads alive so that none ends in 408 and frees a place while the answers are read.
        ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();
        trickler.scheduleAtFixedRate(() -> trickle(trickling), 500, 500, TimeUnit.MILLISECONDS);
        try {
            // A loaded machine may dispatch the last requests late: wait for the four refusals, not a fixed time.
            List<String> answers = new ArrayList<>(Collections.nCopies(trickling.size(), ""));
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                readStatusLines(trickling, answers);
                return answers.stream().filter(line -> line.startsWith("HTTP/1.1 429")).count() >= 4;
            });
            Thread.sleep(1_000);
            readStatusLines(trickling, answers);

            assertThat(answers.stream().filter(line -> line.startsWith("HTTP/1.1 429")).count())
                    .as(answers.toString()).isEqualTo(4);
            assertThat(answers.stream().filter(String::isEmpty).count()).as(answers.toString()).isEqualTo(8);
            assertThat(get("/actuator/health").status()).isEqualTo(200);
        } finally {
            trickler.shutdownNow();
        }
    }

    /** Fills in the first answer line of each socket that has none yet, leaving "" where it is still being read. */
    private static void readStatusLines(List<Socket> sockets, List<String> answers) throws IOException {
        for (int i = 0; i < sockets.size(); i++) {
            if (answers.get(i).isEmpty()) {
                answers.set(i, statusLine(sockets.get(i), 50));
            }
        }
    }

    @Test
    void headersThatNeverEndAreCutOffAndHoldNoThread() throws Exception {
        // More half-sent requests than the server has threads: Tomcat reads headers without a thread.
        List<Socket> slowloris = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Socket socket = connect("127.0.0.3");
            write(socket, "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
            slowloris.add(socket);
        }
        assertThat(get("/actuator/health").status()).isEqualTo(200);

        // After the connection timeout (3 s here) the server hangs up on every one of them.
        for (Socket socket : slowloris) {
            socket.setSoTimeout(8_000);
            assertThat(readAll(socket.getInputStream())).doesNotContain("200 OK");
        }
    }

    @Test
    void http09IsRefusedByClosingTheConnection() throws Exception {
        Socket socket = connect("127.0.0.1");
        write(socket, "GET /\r\n");
        socket.setSoTimeout(5_000);

        assertThat(readAll(socket.getInputStream())).isEmpty();
    }

    @Test
    void aMalformedRequestLineGets400() throws Exception {
        for (String line : List.of("GET / HTTP/1.1 extra\r\n", "G\u0001T / HTTP/1.1\r\n", "GET /\u0000 HTTP/1.1\r\n",
                "GET / HTTP/9.9\r\n")) {
            Socket socket = connect("127.0.0.1");
            write(socket, line + "Host: localhost\r\n\r\n");
            socket.setSoTimeout(5_000);

            String answer = readAll(socket.getInputStream());
            // Refused with 400 (505 for an unknown version), or, when Tomcat takes it for HTTP/0.9, by hanging up.
            assertThat(answer).as(line).matches("(?s)(HTTP/1\\.1 (400|505) .*)?");
        }
    }

    private Socket startTricklingUpload(String fromAddress) throws IOException {
        Socket socket = connect(fromAddress);
        write(socket, "POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{");
        return socket;
    }

    private Socket connect(String fromAddress) throws IOException {
        Socket socket = new Socket();
        sockets.add(socket);
        socket.bind(new InetSocketAddress(fromAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        return socket;
    }

    private static void trickle(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                write(socket, " ");
            } catch (IOException refusedAndClosed) {
                // The server answered and hung up: nothing more to send.
            }
        }
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** The first line of each socket's answer so far, or "" when it has none yet (it is still being read). */
    private static List<String> statusLines(List<Socket> sockets) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Socket socket : sockets) {
            lines.add(statusLine(socket, 300));
        }
        return lines;
    }

    private static String statusLine(Socket socket, int waitMillis) throws IOException {
        socket.setSoTimeout(waitMillis);
        StringBuilder line = new StringBuilder();
        try {
            InputStream in = socket.getInputStream();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
        } catch (SocketTimeoutException noAnswerYet) {
            // Still waiting for its body.
        } catch (IOException reset) {
            line.append("RESET");
        }
        return line.toString();
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
