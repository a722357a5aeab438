package org.recumbent.spi.support;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects feature ids in order without repeats, and hands them out as an immutable list that the
 * records of the SPI keep without copying again ({@code List.copyOf} of a {@code List.of} list is
 * the list itself). Holds up to two ids in fields, so the common small case allocates only the
 * result, and nothing at all when empty. Not thread-safe; one per scoring call.
 */
final class IdList {

  private @Nullable String first;
  private @Nullable String second;
  private String @Nullable [] more;
  private int size;

  /** Add an id unless it is already there. */
  void add(String id) {
    if (contains(id)) {
      return;
    }
    if (size == 0) {
      first = id;
    } else if (size == 1) {
      second = id;
    } else {
      if (more == null) {
        more = new String[4];
      } else if (size - 2 == more.length) {
        more = Arrays.copyOf(more, more.length * 2);
      }
      more[size - 2] = id;
    }
    size++;
  }

  boolean contains(String id) {
    if (size > 0 && first.equals(id)) {
      return true;
    }
    if (size > 1 && second.equals(id)) {
      return true;
    }
    for (int i = 2; i < size; i++) {
      if (more[i - 2].equals(id)) {
        return true;
      }
    }
    return false;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The ids, in the order first added, as an immutable list. */
  List<String> toList() {
    switch (size) {
      case 0:
        return List.of();
      case 1:
        return List.of(first);
      case 2:
        return List.of(first, second);
      case 3:
        return List.of(first, second, more[0]);
      case 4:
        return List.of(first, second, more[0], more[1]);
      case 5:
        return List.of(first, second, more[0], more[1], more[2]);
      case 6:
        return List.of(first, second, more[0], more[1], more[2], more[3]);
      default:
        String[] all = new String[size];
        all[0] = first;
        all[1] = second;
        System.arraycopy(more, 0, all, 2, size - 2);
        return List.of(all); // copies once more; rare, and the records then keep it as is
    }
  }

  /**
   * Return the first {@code n} elements of an array as an immutable list, without the extra copy
   * of {@code List.of(array)} for the small sizes plugins return.
   */
  static <T> List<T> immutable(T[] a, int n) {
    switch (n) {
      case 0:
        return List.of();
      case 1:
        return List.of(a[0]);
      case 2:
        return List.of(a[0], a[1]);
      case 3:
        return List.of(a[0], a[1], a[2]);
      case 4:
        return List.of(a[0], a[1], a[2], a[3]);
      default:
        return List.of(n == a.length ? a : Arrays.copyOf(a, n));
    }
  }
}
