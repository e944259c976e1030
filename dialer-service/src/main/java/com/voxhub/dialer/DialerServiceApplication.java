package com.voxhub.dialer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DialerServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DialerServiceApplication.class, args);
    }
}
