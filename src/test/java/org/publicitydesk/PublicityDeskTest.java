package org.publicitydesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a random port with an in-memory H2 and the sample organisation. Every test class that
 * uses it shares one Spring context (one process engine per test JVM) and starts from the same data: after each class
 * {@link CleanDatabase} removes what the class created. Mail goes to {@link RecordingMailSender}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PublicityDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RecordingMailSender.Config.class)
@TestExecutionListeners(listeners = CleanDatabase.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface PublicityDeskTest {
}
