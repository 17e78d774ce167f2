package org.painwise.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Painwise patient information site: articles that patients read, rate and discuss,
 * and the staff pages that keep them accurate and moderated.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PainwiseApplication {

	public static void main(String[] args) {
		SpringApplication.run(PainwiseApplication.class, args);
	}

}
