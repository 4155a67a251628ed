package org.publicitydesk.engine.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
// impl: an engine plugin's hook before the engine is built: impl only (no public plugin API)
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Three settings of the engine that cost at every step otherwise (issue 17):
 * <ul>
 *   <li>{@link GroupsAsGivenAuthorizationManager} in place of Camunda's authorization manager, which scanned the whole
 *       authorization table in every command that checks;</li>
 *   <li>the DMN tables' FEEL through {@link ParsedFeelEngine}, which parses each text once; set before the engine
 *       builds its DMN engine, which then adds its own settings (custom functions, history, the legacy switch) as
 *       usual;</li>
 *   <li>{@code javax.xml.datatype.DatatypeFactory} named, unless it is already: Camunda makes a {@link DatatypeFactory}
 *       for each timer it schedules (the adoption's tracking period), and without the property the JDK looks for one
 *       through {@code jaxp.properties} and a search of the class path (service loader) every time, only to take its
 *       built-in one, which the property names.</li>
 * </ul>
 */
@Component
class EngineSettingsPlugin extends AbstractProcessEnginePlugin {

  /** The JDK's built-in implementation, the one {@link DatatypeFactory#newInstance()} falls back to. */
  static final String JDK_DATATYPE_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDmnEngineConfiguration() == null) {
      DefaultDmnEngineConfiguration dmn =
          (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      dmn.setFeelEngineFactory(new FeelEngineFactory() {
        @Override
        public FeelEngine createInstance() {
          // Camunda's legacy FEEL (camunda.bpm.generic-properties: dmnFeelEnableLegacyBehavior) stays as Camunda has it
          return dmn.isEnableFeelLegacyBehavior() ? new FeelEngineFactoryImpl().createInstance()
              : new ParsedFeelEngine(dmn.getFeelCustomFunctionProviders());
        }
      });
      configuration.setDmnEngineConfiguration(dmn);
    }
    List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(GroupsAsGivenAuthorizationManager.factory());
    configuration.setCustomSessionFactories(sessions);
    if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, JDK_DATATYPE_FACTORY);
    }
  }
}
