package dev.praxis.content.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.praxis.content.Catalog;
import dev.praxis.content.CatalogListener;
import dev.praxis.content.CourseModule;
import dev.praxis.system.Sha256;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * PostgreSQL full-text search over the catalog. Updated at import: only pages whose text changed are written (their
 * text extracted in parallel), pages that disappeared are removed. Reveals and quiz answers are never indexed.
 */
@Repository
class SearchIndex implements CatalogListener {

    // ts_headline marks matches with these control characters; the snippet is escaped before they become <mark>
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate transaction;
    /** The text hash each module object was indexed with, held weakly: a reload's new modules replace old ones. */
    private final Cache<CourseModule, String> indexed = Caffeine.newBuilder().weakKeys().build();

    SearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate batch, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
    }

    @Override
    public void catalogImported(Catalog catalog) {
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("select slug, content_hash from search_document")
                .query(rs -> {
                    stored.put(rs.getString(1), rs.getString(2));
                });
        Map<String, CourseModule> present = new LinkedHashMap<>();
        catalog.modules().forEach(module -> present.putIfAbsent(module.slug(), module));
        // a page's text is extracted from its HTML: in parallel, and only for module objects not indexed before (an
        // unchanged file keeps its module object across development-mode reloads)
        List<SqlParameterSource> changed = present.values().parallelStream()
                .filter(module -> !isIndexedAsStored(module, stored))
                .map(SearchIndex::row)
                .filter(row -> !Objects.equals(row.getValue("hash"), stored.get((String) row.getValue("slug"))))
                .map(SqlParameterSource.class::cast)
                .toList();
        List<String> removed = stored.keySet().stream().filter(slug -> !present.containsKey(slug)).toList();
        transaction.executeWithoutResult(status -> {
            if (!changed.isEmpty()) {
                batch.batchUpdate("""
                        insert into search_document (slug, language, title, body, content_hash, config)
                        values (:slug, :language, :title, :body, :hash, cast(:config as regconfig))
                        on conflict (slug) do update
                           set language = excluded.language, title = excluded.title, body = excluded.body,
                               content_hash = excluded.content_hash, config = excluded.config
                        """, changed.toArray(SqlParameterSource[]::new));
            }
            if (!removed.isEmpty()) {
                jdbc.sql("delete from search_document where slug in (:slugs)").param("slugs", removed).update();
            }
        });
        changed.forEach(row -> indexed.put(present.get((String) row.getValue("slug")), (String) row.getValue("hash")));
        present.values().forEach(module -> {
            if (indexed.getIfPresent(module) == null && stored.containsKey(module.slug())) {
                indexed.put(module, stored.get(module.slug()));
            }
        });
    }

    /** True when this very module object was indexed here and the stored row still has that text. */
    private boolean isIndexedAsStored(CourseModule module, Map<String, String> stored) {
        String known = indexed.getIfPresent(module);
        return known != null && known.equals(stored.get(module.slug()));
    }

    private static MapSqlParameterSource row(CourseModule module) {
        String body = module.plainText();
        return new MapSqlParameterSource()
                .addValue("slug", module.slug())
                .addValue("language", module.language())
                .addValue("title", module.title())
                .addValue("body", body)
                .addValue("hash", Sha256.hex(module.language() + "\n" + module.title() + "\n" + body))
                .addValue("config", "en".equals(module.language()) ? "english" : "simple");
    }

    /** Ranked matches with an escaped snippet whose matched words are wrapped in {@code <mark>}. */
    List<SearchHit> search(String query, int limit) {
        return jdbc.sql("""
                        select d.slug, d.title, d.language,
                               ts_headline(d.config, d.body, q.query,
                                           'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxFragments=2, MaxWords=30, MinWords=12') as snippet,
                               ts_rank_cd(d.document, q.query) as rank
                          from search_document d
                          cross join lateral (select case when d.config = 'english'::regconfig
                                                          then websearch_to_tsquery('english', :query)
                                                          else websearch_to_tsquery('simple', :query) end as query) q
                         where d.document @@ q.query
                         order by rank desc, d.title
                         limit :limit
                        """)
                .param("query", query)
                .param("limit", limit)
                .query((rs, row) -> new SearchHit(rs.getString("slug"), rs.getString("title"), rs.getString("language"),
                        markSnippet(rs.getString("snippet")), rs.getDouble("rank")))
                .list();
    }

    static String markSnippet(String snippet) {
        return HtmlUtils.htmlEscape(snippet).replace(START, "<mark>").replace(STOP, "</mark>");
    }

    /** One search result; {@code snippetHtml} is escaped text with {@code <mark>} around matches. */
    record SearchHit(String slug, String title, String language, String snippetHtml, double rank) {
    }
}
