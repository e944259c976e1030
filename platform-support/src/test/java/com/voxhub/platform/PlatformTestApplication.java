package com.voxhub.platform;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An empty Boot application: with platform-support on the classpath it gets every mechanism through
 * auto-configuration, as a service does. Tests add their own beans with {@code @Import}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PlatformTestApplication {
}
