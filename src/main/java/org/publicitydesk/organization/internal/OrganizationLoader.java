package org.publicitydesk.organization.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.publicitydesk.organization.OrganizationLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Loads the organisation file at start-up (a wrong file stops start-up with its faults) and on an
 * administrator's request. Tables and Camunda identities change in one transaction: all or nothing. Until the start-up
 * load is done, {@link OrganizationStartupGate} answers every request with 503.
 */
@Component
@Order(0)
class OrganizationLoader implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OrganizationLoader.class);

  private final OrganizationProperties properties;
  private final ResourceLoader resources;
  private final OrganizationStore store;
  private final CamundaIdentitySync identitySync;
  private final ApplicationEventPublisher events;
  private final List<OrganizationFileCheck> checks;
  private final OrganizationStartupGate gate;

  OrganizationLoader(OrganizationProperties properties, ResourceLoader resources, OrganizationStore store,
      CamundaIdentitySync identitySync, ApplicationEventPublisher events, List<OrganizationFileCheck> checks,
      OrganizationStartupGate gate) {
    this.gate = gate;
    this.properties = properties;
    this.resources = resources;
    this.store = store;
    this.identitySync = identitySync;
    this.events = events;
    this.checks = checks;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (properties.location() == null || properties.location().isBlank()) {
      LOG.warn("未配置组织机构文件 (publicity.organization.location): 只有管理员账号可以登录");
    } else {
      reload();
    }
    // requests are let in once the organisation is committed, not before: they would not see it yet
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        gate.open();
      }
    });
  }

  /** Reads, checks and applies the configured file; throws {@link OrganizationFileException} and changes nothing on a fault. */
  @Transactional
  public OrganizationLoaded reload() {
    String location = properties.location();
    if (location == null || location.isBlank()) {
      throw new OrganizationFileException("(未配置)", List.of("未配置组织机构文件 publicity.organization.location"));
    }
    Resource resource = resources.getResource(location);
    OrganizationFile file;
    try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
      file = OrganizationFileParser.parse(reader, location);
    } catch (IOException e) {
      throw new OrganizationFileException(location, List.of("无法读取文件 (cannot read the file): " + e.getMessage()));
    }
    checks.forEach(check -> check.check(file, location));
    store.save(file, location);
    identitySync.sync(file);
    OrganizationLoaded loaded = new OrganizationLoaded(location, file.units().size(), file.people().size());
    events.publishEvent(loaded);
    LOG.info("组织机构已加载: {} 个单位, {} 人 ({})", loaded.units(), loaded.people(), location);
    return loaded;
  }
}
