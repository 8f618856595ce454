package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.OrderDraft;
import app.gendan.testing.TestWorkspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two connections creating orders at the same moment never get the same number. */
class OrderNumberConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void concurrentCreationFromTwoConnectionsYieldsDistinctGaplessNumbers() throws Exception {
        TestWorkspace t = TestWorkspace.create(dir);
        try (t.ws) {
            Customer c = t.customer("苏州恒通电子科技有限公司");
            int perThread = 40;
            CountDownLatch start = new CountDownLatch(1);
            Callable<List<String>> creator = () -> {
                start.await();
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    numbers.add(t.ws.orders().create(t.pipeline.id(), OrderDraft.of("并发" + i, c.id(), t.me.id(),
                            BigDecimal.TEN, LocalDate.of(2026, 11, 20))).orderNo());
                }
                return numbers;
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<List<String>> a = pool.submit(creator);
            Future<List<String>> b = pool.submit(creator);
            start.countDown();
            List<String> all = new ArrayList<>(a.get());
            all.addAll(b.get());
            pool.shutdown();

            assertThat(all).doesNotHaveDuplicates().hasSize(2 * perThread);
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 2 * perThread; i++) {
                expected.add(String.format("SO-2026-%06d", i));
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
