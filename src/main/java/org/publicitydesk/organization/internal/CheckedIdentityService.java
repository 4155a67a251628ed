package org.publicitydesk.organization.internal;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
// impl: the identity service is replaced by a subclass that sees the new password; no public extension point
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's identity service, refusing a new password that breaks {@link PasswordRules} with a Chinese message that
 * says what it lacks ({@link BadUserRequestException}: 400 on {@code /engine-rest}, in Admin and on the Welcome page)
 * before Camunda's own check, which would only say "Password does not match policy" (500).
 * {@link #saveUser(User, boolean)} with {@code true} skips the rules, as in Camunda.
 */
class CheckedIdentityService extends IdentityServiceImpl {

  private static final Field NEW_PASSWORD = newPasswordField();

  private final PasswordRules rules;
  private final ProcessEngineConfiguration configuration;

  CheckedIdentityService(PasswordRules rules, ProcessEngineConfiguration configuration) {
    this.rules = rules;
    this.configuration = configuration;
  }

  @Override
  public void saveUser(User user, boolean skipPasswordPolicy) {
    if (!skipPasswordPolicy && configuration.isEnablePasswordPolicy() && user instanceof UserEntity entity
        && entity.hasNewPassword()) {
      String refusal = rules.refusal(newPassword(entity), user);
      if (refusal != null) {
        throw new BadUserRequestException(refusal);
      }
    }
    super.saveUser(user, skipPasswordPolicy);
  }

  /** The password being set: Camunda keeps it in a field without a getter until the entity is saved. */
  private static String newPassword(UserEntity user) {
    try {
      return (String) NEW_PASSWORD.get(user);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field newPasswordField() {
    try {
      Field field = UserEntity.class.getDeclaredField("newPassword");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's UserEntity has no newPassword field any more", e);
    }
  }
}
