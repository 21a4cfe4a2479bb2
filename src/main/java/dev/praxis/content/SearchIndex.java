package dev.praxis.content;

import dev.praxis.system.Sha256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * PostgreSQL full-text search over the catalog. Updated at import: only pages whose text changed are written,
 * pages that disappeared are removed. Reveals and quiz answers are never indexed.
 */
@Repository
class SearchIndex {

    // ts_headline marks matches with these control characters; the snippet is escaped before they become <mark>
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate transaction;

    SearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate batch, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
    }

    void update(Catalog catalog) {
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("select slug, content_hash from search_document")
                .query(rs -> {
                    stored.put(rs.getString(1), rs.getString(2));
                });
        List<SqlParameterSource> changed = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (CourseModule module : catalog.modules()) {
            if (!present.add(module.slug())) {
                continue;
            }
            String body = module.plainText();
            String hash = Sha256.hex(module.language() + "\n" + module.title() + "\n" + body);
            if (!hash.equals(stored.get(module.slug()))) {
                changed.add(new MapSqlParameterSource()
                        .addValue("slug", module.slug())
                        .addValue("language", module.language())
                        .addValue("title", module.title())
                        .addValue("body", body)
                        .addValue("hash", hash)
                        .addValue("config", "en".equals(module.language()) ? "english" : "simple"));
            }
        }
        List<String> removed = stored.keySet().stream().filter(slug -> !present.contains(slug)).toList();
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
