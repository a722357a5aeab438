package org.recumbent.json;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords Jackson's messages about malformed JSON for the people who wrote the JSON: Jackson's
 * words are for developers who configure Jackson, and name its settings ({@code enable
 * JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}, {@code Feature 'ALLOW_COMMENTS'},
 * {@code StreamReadConstraints.getMaxNameLength()}) and its hidden source ({@code [Source: REDACTED
 * ...]}), none of which a report's author can act on.
 *
 * <p>Each known message becomes a plain one; any other keeps Jackson's words with those parts left
 * out. The line and column come from the exception, not from here.
 */
final class JacksonMessages {

  private record Rule(Pattern pattern, Function<Matcher, String> plain) {}

  private static Rule rule(String regex, Function<Matcher, String> plain) {
    return new Rule(Pattern.compile(regex), plain);
  }

  /** Where a container starts, as Jackson writes it: {@code [Source: ...; line: 1, column: 31]}. */
  private static final String START = "\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]";

  private static final List<Rule> RULES = List.of(
      rule("^Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at " + START + "\\)",
          m -> "the " + container(m.group(1)) + " that starts at line " + m.group(2) + ", column " + m.group(3)
              + " is not closed"),
      rule("^Unexpected end-of-input within/between (Object|Array) entries",
          m -> "the " + container(m.group(1)) + " is not closed"),
      rule("^Unexpected end-of-input in field name", m -> "the input ends inside a field name"),
      rule("^Unexpected end-of-input(?:: was expecting closing quote for a string value| in VALUE_STRING)",
          m -> "the input ends inside a string"),
      rule("^Unexpected end-of-input", m -> "the input ends too early"),
      rule("^Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at " + START + "\\)",
          m -> "'" + m.group(1) + "' cannot close the " + container(m.group(3)) + " that starts at line "
              + m.group(4) + ", column " + m.group(5) + "; expected '" + m.group(2) + "'"),
      rule("^Non-standard token '([^']*)'", m -> "numbers must be finite; '" + m.group(1) + "' is not a JSON number"),
      rule("ALLOW_COMMENTS|ALLOW_YAML_COMMENTS", m -> "comments are not allowed in JSON"),
      rule("ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS", m -> "a number may not start with '+'"),
      rule("ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS", m -> "a number may not start with '.'"),
      rule("^Name length \\((?:at least )?\\d+\\) exceeds the maximum allowed \\((\\d+)",
          m -> "a field name is longer than " + m.group(1) + " characters"),
      rule("^String value length \\((?:at least )?\\d+\\) exceeds the maximum allowed \\((\\d+)",
          m -> "a string is longer than " + m.group(1) + " characters"),
      rule("^Number value length \\((?:at least )?\\d+\\) exceeds the maximum allowed \\((\\d+)",
          m -> "a number is longer than " + m.group(1) + " characters"),
      rule("^Document nesting depth \\((?:at least )?\\d+\\) exceeds the maximum allowed \\((\\d+)",
          m -> "objects and arrays are nested more than " + m.group(1) + " deep"));

  private static final Pattern SOURCE = Pattern.compile(START);
  /** How Jackson names the setting behind a limit: {@code , from `StreamReadConstraints.getMaxNameLength()`}. */
  private static final Pattern LIMIT_SETTING = Pattern.compile(", from `[^`]*`");
  /** Where Jackson starts to suggest a setting; the rest of such a message is only that. */
  private static final List<String> SUGGESTIONS = List.of(" (consider enabling `", ": enable `", " (not recognized as one since");

  private JacksonMessages() {}

  /**
   * Return a Jackson message about malformed JSON in plain words.
   *
   * @param message the first line of Jackson's message, without its location; never {@code null}
   * @return the plain message; never {@code null}
   */
  static String plain(String message) {
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(message);
      if (m.find()) {
        return r.plain().apply(m);
      }
    }
    String s = SOURCE.matcher(message).replaceAll("line $1, column $2");
    s = LIMIT_SETTING.matcher(s).replaceAll("");
    for (String suggestion : SUGGESTIONS) {
      int at = s.indexOf(suggestion);
      if (at >= 0) {
        s = s.substring(0, at);
      }
    }
    return s.strip();
  }

  private static String container(String jacksonName) {
    return jacksonName.toLowerCase(Locale.ROOT);
  }
}
