package io.buildify.server.publish;

import io.buildify.server.SharedServer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data-model lock on a real PostgreSQL: exclusive while a transaction holds it, free after its commit. */
class AdvisoryLockTest {
    private static final long TEST_KEY = 4242L;

    @Test
    void secondTransactionWaitsAndTimesOutWhileTheFirstHoldsTheLock() throws Exception {
        DataSource dataSource = SharedServer.get().dataSource();
        try (Connection holder = dataSource.getConnection(); Connection waiter = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            waiter.setAutoCommit(false);
            AdvisoryLock.acquire(holder, TEST_KEY, Duration.ofSeconds(1));

            long started = System.nanoTime();
            assertThatThrownBy(() -> AdvisoryLock.acquire(waiter, TEST_KEY, Duration.ofMillis(300)))
                    .isInstanceOf(AdvisoryLock.LockTimeoutException.class).hasMessageContaining("lock");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            waiter.rollback();

            holder.commit(); // a transaction-level lock ends with its transaction
            AdvisoryLock.acquire(waiter, TEST_KEY, Duration.ofMillis(300));
            waiter.rollback();
        }
    }

    @Test
    void refusesToLockOutsideATransaction() throws Exception {
        try (Connection connection = SharedServer.get().dataSource().getConnection();
             Statement ignored = connection.createStatement()) {
            connection.setAutoCommit(true);
            assertThatThrownBy(() -> AdvisoryLock.acquire(connection, TEST_KEY, Duration.ofMillis(100)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
