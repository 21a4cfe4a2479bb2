package dev.praxis.content.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its two regex helpers rewritten. The originals call {@code Matcher.toMatchResult()},
 * which on Java 17 copies the whole paragraph into a new String on every match (every backtick, every link
 * bracket), making long paragraphs quadratic. Here the match positions are read from the matcher directly.
 *
 * <p>It has to extend flexmark's {@code internal} parser: flexmark has no public way to change how the inline parser
 * matches (even {@link InlineParserFactory} takes the internal {@code LinkRefProcessorData}), and an inline parser
 * extension only adds syntax. {@code CopyFreeInlineParserTests} renders random inline syntax and every fixture page
 * with this parser and with flexmark's own and expects the same HTML, so an upgrade that changes those internals
 * fails there. From Java 20 on, {@code toMatchResult()} copies only the matched text, and this class can go.
 */
final class CopyFreeInlineParser extends CommonmarkInlineParser {

    private static final InlineParserFactory FACTORY = new InlineParserFactory() {
        @Override
        public InlineParser inlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                List<InlineParserExtensionFactory> inlineParserExtensions) {
            return new CopyFreeInlineParser(options, specialCharacters, delimiterCharacters, delimiterProcessors,
                    linkRefProcessors, inlineParserExtensions);
        }
    };

    /**
     * Makes the builder's parser read inline text with this class. flexmark adds its core paragraph pre-processors
     * only beside its own inline parser, so the one that reads reference definitions ({@code [guide]: https://…}) is
     * added here again; without it {@code [text][guide]} stays text.
     */
    static Parser.Builder install(Parser.Builder builder) {
        return builder.customInlineParserFactory(FACTORY).paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    private CopyFreeInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int group = 0; group < groups.length; group++) {
            groups[group] = matcher.start(group) < 0 ? null : input.subSequence(matcher.start(group), matcher.end(group));
        }
        return groups;
    }

    /** The next match at or after the current index (and the index moved past it), or null. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
