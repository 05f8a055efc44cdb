package org.kamgraph.api.wiring;

import org.kamgraph.api.whatif.ScenarioStore;
import org.kamgraph.api.whatif.WhatIf;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What-if: saved scenarios and the questions before and after, built as in {@link InfluenceConfiguration}. */
@Configuration(proxyBeanMethods = false)
@Import({ScenarioStore.class, WhatIf.class})
public class WhatIfConfiguration {
}
