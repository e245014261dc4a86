package dev.camelstudio.examples.springboot;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.TextMessage;

import dev.camelstudio.simulator.StudioSimulator;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CamelSpringBootTest
@SpringBootTest(properties = {"studio.simulator.enabled=true", "studio.simulator.rate=0"})
class StudioActivityRouteTest {

    @Autowired
    StudioSimulator studio;

    @Autowired
    ConnectionFactory connectionFactory;

    @Test
    void sendsFillsToTheQueue() throws Exception {
        studio.publishActivity("100000", 40); // realistic orders, fills, positions

        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(10_000);
        TextMessage fill = (TextMessage) jms.receive("studio.fills");
        assertThat(fill).isNotNull();
        assertThat(fill.getText()).contains("trade-notice"); // Studio's frame, as it came
    }
}
