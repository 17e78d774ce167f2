package org.painwise.site.shared;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the style sheets, scripts and images in {@code classpath:/static} under their
 * own paths only ({@code /css/**}, {@code /js/**}, {@code /img/**}), with a content hash
 * in every URL a page links to ({@code /css/site-1b2c….css}) so browsers and CDNs may
 * keep them for a year.
 *
 * <p>
 * Spring Boot's own mapping of {@code /**} is switched off
 * ({@code spring.web.resources.add-mappings=false}): with it, every link on a page, to an
 * article, a comment or a form, was first looked up as a file inside the jar when the
 * page was rendered, which cost more than rendering the page itself.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

	/**
	 * The folders of {@code classpath:/static}, each served under a path of the same
	 * name.
	 */
	static final List<String> FOLDERS = List.of("css", "js", "img");

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(A_YEAR)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}
