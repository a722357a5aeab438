package org.recumbent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.Vocabulary;

@DisplayName("Messages")
class MessagesTests {

  @Test
  @DisplayName("suggests the same closest id as comparing with every candidate")
  void closestIsTheNearest() {
    List<String> ids = new ArrayList<>(Vocabulary.standard().ids());
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 3000; i++) {
      String id = ids.get(random.nextInt(ids.size()));
      String typo = mangle(id, random);
      assertEquals(everyCandidate(typo, ids), Messages.closest(typo, ids), typo);
    }
  }

  @Test
  @DisplayName("answers at once for an unknown id of many thousands of characters")
  void closestToALongId() {
    List<String> ids = List.copyOf(Vocabulary.standard().ids());
    String longId = "quality." + "x".repeat(50_000);
    // Comparing it with every id took about 0.2 s each time.
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      for (int i = 0; i < 40; i++) {
        assertEquals(Optional.empty(), Messages.closest(longId, ids));
      }
    });
  }

  /** Edit an id a little or a lot: drop, add or change a few characters, or cut it short. */
  private static String mangle(String id, SplittableRandom r) {
    StringBuilder sb = new StringBuilder(id);
    for (int edits = r.nextInt(1, 8); edits > 0 && sb.length() > 1; edits--) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(4)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, (char) ('a' + r.nextInt(26)));
        case 2 -> sb.setCharAt(at, (char) ('a' + r.nextInt(26)));
        default -> sb.setLength(at + 1);
      }
    }
    return sb.toString();
  }

  /** The reference: the first candidate at the least edit distance, if within the allowance. */
  private static Optional<String> everyCandidate(String input, List<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = levenshtein(input, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best != null && bestDistance <= Math.max(2, input.length() / 4) ? Optional.of(best) : Optional.empty();
  }

  private static int levenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
      }
    }
    return d[a.length()][b.length()];
  }
}
