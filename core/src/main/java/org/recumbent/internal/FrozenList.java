package org.recumbent.internal;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An immutable list that the library builds for its own results, which the result records and
 * the assessment keep as they are: {@code List.copyOf} copies every list that is not one of the
 * JDK's own immutable lists, so a list the library made immutable would otherwise be copied again
 * by each record it passes through. Behaves like the JDK's immutable lists: every change throws
 * {@link UnsupportedOperationException}, and {@code contains}/{@code indexOf} of {@code null}
 * throw {@link NullPointerException}. Only this package makes them (the constructor is private),
 * so no outside list is ever taken for one.
 *
 * @param <E> the element type
 */
public abstract sealed class FrozenList<E> extends AbstractList<E> implements RandomAccess
    permits FrozenList.Items, FrozenList.Positions {

  // Two kinds, each with only the fields it needs, so each list takes as little memory as it can
  // (an assessment makes several): 24 bytes for the first elements of an array, 32 for positions.
  private FrozenList() {}

  /** The first {@code size} elements of an array. */
  static final class Items<E> extends FrozenList<E> {
    private final Object[] items;
    private final int size;

    Items(Object[] items, int size) {
      this.items = items;
      this.size = size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
      if (index < 0 || index >= size) {
        throw outOfBounds(index, size);
      }
      return (E) items[index];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** The strings of a table at the positions set in a bit mask, in position order. */
  static final class Positions extends FrozenList<String> {
    private final String[] table;
    private final long mask;

    Positions(String[] table, long mask) {
      this.table = table;
      this.mask = mask;
    }

    @Override
    public String get(int index) {
      if (index < 0 || index >= size()) {
        throw outOfBounds(index, size());
      }
      long m = mask;
      for (int k = 0; k < index; k++) {
        m &= m - 1;
      }
      return table[Long.numberOfTrailingZeros(m)];
    }

    @Override
    public int size() {
      return Long.bitCount(mask);
    }
  }

  private static IndexOutOfBoundsException outOfBounds(int index, int size) {
    return new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
  }

  /**
   * Return a list of the first {@code n} elements of an array, which must not change afterwards
   * and holds no {@code null} in them.
   *
   * @param a the array, kept without copying
   * @param n how many of its elements
   * @param <T> the element type
   * @return the list
   */
  public static <T> List<T> of(T[] a, int n) {
    return n == 0 ? List.of() : new Items<>(a, n);
  }

  /**
   * Return the strings of a table at the positions set in a bit mask, in position order.
   *
   * @param table the table (at most 64 entries, no {@code null}), kept without copying; must not change
   * @param mask the positions
   * @return the list
   */
  public static List<String> ofPositions(String[] table, long mask) {
    return mask == 0 ? List.of() : new Positions(table, mask);
  }

  /**
   * Return a list as an immutable list: the list itself when this class or the JDK made it
   * immutable, else a copy (as {@link List#copyOf}).
   *
   * @param list the list; never {@code null}, no {@code null} elements
   * @param <T> the element type
   * @return the immutable list
   */
  public static <T> List<T> copyOf(List<T> list) {
    return list instanceof FrozenList ? list : List.copyOf(list);
  }

  @Override
  public int indexOf(Object o) {
    requireNonNull(o);
    return super.indexOf(o);
  }

  @Override
  public int lastIndexOf(Object o) {
    requireNonNull(o);
    return super.lastIndexOf(o);
  }

  @Override
  public boolean contains(Object o) {
    return indexOf(o) >= 0;
  }

  @Override
  public Iterator<E> iterator() {
    return new Cursor(0);
  }

  @Override
  public ListIterator<E> listIterator() {
    return new Cursor(0);
  }

  @Override
  public ListIterator<E> listIterator(int index) {
    if (index < 0 || index > size()) {
      throw new IndexOutOfBoundsException("Index: " + index);
    }
    return new Cursor(index);
  }

  /** A read-only cursor: every change throws, as with the JDK's immutable lists. */
  private final class Cursor implements ListIterator<E> {
    private int next;

    Cursor(int next) {
      this.next = next;
    }

    @Override
    public boolean hasNext() {
      return next < size();
    }

    @Override
    public E next() {
      if (next >= size()) {
        throw new NoSuchElementException();
      }
      return get(next++);
    }

    @Override
    public boolean hasPrevious() {
      return next > 0;
    }

    @Override
    public E previous() {
      if (next <= 0) {
        throw new NoSuchElementException();
      }
      return get(--next);
    }

    @Override
    public int nextIndex() {
      return next;
    }

    @Override
    public int previousIndex() {
      return next - 1;
    }

    @Override
    public void remove() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void set(E e) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(E e) {
      throw new UnsupportedOperationException();
    }
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean addAll(Collection<? extends E> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean removeIf(Predicate<? super E> filter) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void replaceAll(UnaryOperator<E> operator) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void sort(Comparator<? super E> c) {
    throw new UnsupportedOperationException();
  }
}
