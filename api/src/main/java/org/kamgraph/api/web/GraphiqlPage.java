package org.kamgraph.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /graphiql}: the offline GraphiQL page (static/graphiql/index.html). Off with {@code kam.graphiql.enabled=false}
 * (the production profile): then every /graphiql path answers 404, the static files included.
 */
@Controller
public class GraphiqlPage {
    /** Hides GraphiQL's page and files when it is turned off. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "kam.graphiql.enabled", havingValue = "false")
    static class Off {
        @org.springframework.context.annotation.Bean
        org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> graphiqlOff() {
            var bean = new org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter>(
                    (request, response, chain) -> ((jakarta.servlet.http.HttpServletResponse) response).sendError(404));
            bean.addUrlPatterns("/graphiql", "/graphiql/*");
            return bean;
        }
    }

    @GetMapping({"/graphiql", "/graphiql/"})
    public String graphiql() {
        return "forward:/graphiql/index.html";
    }
}
