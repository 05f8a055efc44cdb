package org.kamgraph.api.web.app;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web app's own files (static/app) are plain ES modules with no content hash in their names, so browsers must
 * revalidate them (Cache-Control: no-cache, answered 304 when unchanged) or they would run stale modules after an
 * upgrade. WebJars carry their version in the path and keep Spring Boot's defaults.
 */
@Configuration
public class WebAppResources implements WebMvcConfigurer {
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/app/**").addResourceLocations("classpath:/static/app/").setCacheControl(CacheControl.noCache());
    }
}
