package dev.praxis.quiz.drafting;

import java.util.Set;

/**
 * Everyday English words that appear in answers about anything: a rubric phrase may contain them, but none of them
 * names an idea on its own ("store", "block", "record", "browser" earn nothing alone; "store * citext" may).
 */
final class CommonWords {

    static final Set<String> STEMS = Words.stems(
            // verbs
            "accept", "access", "act", "adjust", "affect", "agree", "aim", "apply", "arrive", "ask", "assume",
            "avoid", "become", "begin", "believe", "belong", "break", "bring", "build", "built", "buy", "carry",
            "cause", "choose", "clean", "clear", "compare", "consider", "contain", "continue", "control", "copy",
            "cost", "count", "cover", "cut", "deal", "decide", "decline", "define", "delete", "depend", "describe",
            "design", "detect", "determine", "develop", "differ", "disable", "discover", "drive", "drop", "edit",
            "enable", "enter", "ensure", "expect", "explain", "fail", "fall", "feel", "fetch", "fill", "follow",
            "force", "forget", "gain", "grow", "guess", "handle", "hang", "happen", "hide", "hit", "hold", "hope",
            "ignore", "imagine", "improve", "include", "increase", "indicate", "inspect", "install", "kill", "lead",
            "learn", "leave", "lie", "like", "limit", "list", "live", "load", "lock", "lose", "lost", "manage",
            "match", "matter", "miss", "move", "note", "notice", "offer", "own", "pass", "pay", "pick", "plan",
            "play", "prefer", "prepare", "prevent", "produce", "protect", "prove", "provide", "pull", "push",
            "reach", "receive", "record", "reduce", "refuse", "relate", "release", "rely", "remain", "remember",
            "remove", "repeat", "replace", "report", "require", "reset", "respond", "rest", "restart", "restore",
            "retry", "return", "reuse", "review", "save", "seem", "select", "send", "serve", "share", "shift",
            "should", "sit", "skip", "solve", "speak", "spend", "split", "stand", "stay", "store", "suggest",
            "supply", "support", "switch", "talk", "tell", "tend", "test", "touch", "track", "treat", "trust",
            "turn", "understand", "update", "upgrade", "verify", "wait", "walk", "watch", "win", "wish", "wonder",
            "worry", "block", "throw", "catch", "fit", "fits", "answer", "happen", "pick", "mark", "finish",
            // nouns
            "account", "action", "address", "advice", "age", "amount", "area", "argument", "attempt", "back",
            "balance", "base", "basis", "behaviour", "behavior", "bit", "body", "box", "browser", "bug", "business",
            "capacity", "care", "chance", "choice", "client", "clients", "code", "command", "company", "computer",
            "condition", "content", "context", "copy", "cost", "customer", "detail", "device", "difference",
            "direction", "effect", "effort", "element", "entry", "environment", "error", "errors", "event",
            "evidence", "fact", "failure", "fault", "feature", "field", "figure", "flow", "goal", "group", "guide",
            "head", "history", "idea", "impact", "information", "input", "item", "job", "key", "layer", "line",
            "link", "load", "machine", "manager", "message", "method", "minute", "mode", "model", "moment",
            "money", "need", "network", "note", "object", "output", "owner", "page", "path", "people", "person",
            "piece", "plan", "policy", "power", "practice", "price", "process", "product", "program", "project",
            "purpose", "quality", "range", "rate", "record", "request", "requests", "resource", "response",
            "responses", "risk", "role", "room", "rule", "scale", "score", "screen", "section", "security",
            "sense", "setting", "settings", "side", "sign", "signal", "site", "size", "software", "source", "space",
            "speed", "stage", "start", "status", "stuff", "style", "subject", "support", "table", "task", "tool",
            "tools", "traffic", "trouble", "unit", "usage", "version", "view", "window", "word", "words", "world",
            "kernel", "memory", "disk", "network", "database", "application", "app", "web", "website", "git",
            "repository", "repo", "commit", "commits", "branch", "query", "queries", "row", "rows", "column",
            "columns", "index", "indexes", "record", "records", "certificate", "domain", "name", "host", "cache",
            "caching", "header", "headers", "file", "folder", "directory", "user", "team", "teammate", "planner",
            // adjectives and adverbs
            "actual", "available", "basic", "common", "complete", "complex", "correct", "critical", "current",
            "dangerous", "default", "direct", "early", "enough", "entire", "exact", "extra", "final", "fine",
            "general", "great", "huge", "important", "instant", "large", "late", "likely", "local", "main", "major",
            "minor", "normal", "obvious", "older", "only", "original", "other", "possible", "previous", "primary",
            "proper", "public", "quick", "ready", "recent", "regular", "related", "relevant", "remote", "same",
            "serious", "several", "similar", "single", "slight", "special", "standard", "strong", "sudden",
            "typical", "unique", "useful", "valid", "whole", "wide", "again", "almost", "already", "directly",
            "easily", "especially", "finally", "fully", "immediately", "later", "mostly", "nearly", "often",
            "once", "quickly", "rather", "slowly", "soon", "together", "twice");

    private CommonWords() {
    }
}
