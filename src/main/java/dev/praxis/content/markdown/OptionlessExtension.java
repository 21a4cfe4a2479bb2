package dev.praxis.content.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** A parser-and-renderer extension of Praxis (prompts, quiz, lab, asides, math, details): no options to set. */
interface OptionlessExtension extends Parser.ParserExtension, OptionlessRendererExtension {

    @Override
    default void parserOptions(MutableDataHolder options) {
        // Praxis extensions are configured by their code, not by options
    }
}
