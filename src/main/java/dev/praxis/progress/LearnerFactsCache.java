package dev.praxis.progress;

import com.github.benmanes.caffeine.cache.Cache;
import dev.praxis.system.Caches;
import dev.praxis.system.changes.ChangeClock;
import dev.praxis.system.changes.ChangeFeed;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Keeps each learner's facts in memory so that a page read runs no SQL while nothing the learner did changed: in a
 * cohort every learner reads a different page, so kept pages alone rarely help, but the facts behind them are the
 * same for all of one learner's pages. A copy is used while the {@link ChangeFeed#LEARNERS} clock heard no change to
 * the learner since the copy was read (the V13 triggers announce every write, from any instance or tool; a learner's
 * own write moves the clock at once on the instance that took it). While the feed cannot listen nothing is kept.
 * Bounded by an estimate of the bytes the copies take.
 */
@Component
class LearnerFactsCache {

    private final ProgressRepository repository;
    private final ChangeClock learners;
    private final Cache<Long, Kept> kept;

    LearnerFactsCache(ProgressRepository repository, ChangeFeed changes, Settings settings) {
        this.repository = repository;
        this.learners = changes.clock(ChangeFeed.LEARNERS);
        this.kept = Caches.weighed(settings.factsCacheMegabytes(), copy -> copy.facts().weight(), settings.factsIdle());
    }

    LearnerFacts of(long learner) {
        String key = Long.toString(learner);
        Kept copy = kept.getIfPresent(learner);
        if (copy != null && learners.unchangedSince(key, copy.stamp())) {
            return copy.facts();
        }
        long stamp = learners.stamp();
        LearnerFacts facts = repository.facts(learner);
        if (stamp != ChangeClock.NONE) {
            kept.asMap().merge(learner, new Kept(facts, stamp), (old, fresh) -> fresh.stamp() >= old.stamp() ? fresh : old);
        }
        return facts;
    }

    private record Kept(LearnerFacts facts, long stamp) {
    }

    /**
     * {@code praxis.progress.*}: the learners' facts kept between requests.
     *
     * @param factsCacheMegabytes the bound on the kept copies, estimated in megabytes
     * @param factsIdle           a copy no request used for this long is dropped even when there is room
     */
    @ConfigurationProperties("praxis.progress")
    record Settings(@DefaultValue("32") long factsCacheMegabytes, @DefaultValue("30m") Duration factsIdle) {
    }
}
