package com.interviewed.cloud;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CloudConfigurationTest {

    @Test
    void novaSonicWithoutARegionStopsStartupWithOneClearMessage() {
        CloudProperties properties = new CloudProperties("", null, false,
                NovaSonicSessionTest.settings(Duration.ofMinutes(6), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> CloudConfiguration.NovaSonic.checkConfiguration(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("interviewed.voice.provider=nova-sonic needs an AWS region")
                .hasMessageContaining("AWS_REGION");
    }
}
