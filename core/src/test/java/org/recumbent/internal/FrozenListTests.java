package org.recumbent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FrozenList")
class FrozenListTests {

  @Test
  @DisplayName("equals, hashes and prints like the JDK's immutable list of the same elements")
  void likeListOf() {
    String[] table = new String[64];
    for (int q = 0; q < table.length; q++) {
      table[q] = "f" + q;
    }
    Random random = new Random(3);
    for (int n = 0; n < 500; n++) {
      long mask = random.nextLong() & random.nextLong();
      List<String> expected = new ArrayList<>();
      for (int q = 0; q < 64; q++) {
        if ((mask & (1L << q)) != 0) {
          expected.add(table[q]);
        }
      }
      List<String> byMask = FrozenList.ofPositions(table, mask);
      String[] array = expected.toArray(new String[expected.size() + 2]);
      List<String> byArray = FrozenList.of(array, expected.size());
      for (List<String> actual : List.of(byMask, byArray)) {
        assertEquals(List.copyOf(expected), actual);
        assertEquals(actual, List.copyOf(expected));
        assertEquals(List.copyOf(expected).hashCode(), actual.hashCode());
        assertEquals(expected.toString(), actual.toString());
        assertEquals(expected.size(), actual.size());
        for (int k = 0; k < expected.size(); k++) {
          assertEquals(expected.get(k), actual.get(k));
          assertEquals(k, actual.indexOf(expected.get(k)));
        }
        assertEquals(new ArrayList<>(expected), new ArrayList<>(actual));
      }
    }
  }

  @Test
  @DisplayName("rejects every change and null queries, as List.of does")
  void immutable() {
    List<String> list = FrozenList.of(new String[] {"a", "b"}, 2);
    assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
    assertThrows(UnsupportedOperationException.class, () -> list.set(0, "c"));
    assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
    assertThrows(UnsupportedOperationException.class, () -> list.remove("a"));
    assertThrows(UnsupportedOperationException.class, list::clear);
    assertThrows(UnsupportedOperationException.class, () -> list.addAll(List.of("c")));
    assertThrows(UnsupportedOperationException.class, () -> list.removeIf(s -> true));
    assertThrows(UnsupportedOperationException.class, () -> list.replaceAll(s -> s));
    assertThrows(UnsupportedOperationException.class, () -> list.sort(null));
    assertThrows(UnsupportedOperationException.class, () -> list.retainAll(List.of()));
    assertThrows(UnsupportedOperationException.class, () -> list.iterator().remove());
    assertThrows(NullPointerException.class, () -> list.contains(null));
    assertThrows(NullPointerException.class, () -> list.indexOf(null));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(2));
    assertThrows(IndexOutOfBoundsException.class, () -> FrozenList.ofPositions(new String[] {"a"}, 1L).get(1));
  }

  @Test
  @DisplayName("copyOf keeps frozen and JDK immutable lists and copies any other")
  void copyOf() {
    List<String> frozen = FrozenList.of(new String[] {"a"}, 1);
    assertSame(frozen, FrozenList.copyOf(frozen));
    List<String> jdk = List.of("a", "b");
    assertSame(jdk, FrozenList.copyOf(jdk));
    List<String> mutable = new ArrayList<>(jdk);
    List<String> copy = FrozenList.copyOf(mutable);
    assertNotSame(mutable, copy);
    mutable.add("c");
    assertEquals(jdk, copy);
    assertTrue(FrozenList.of(new String[0], 0).isEmpty());
    assertTrue(FrozenList.ofPositions(new String[] {"a"}, 0L).isEmpty());
  }
}
