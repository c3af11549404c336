package org.myositisguide.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reading PostgreSQL arrays and dates from result rows.
 */
final class Rows {

	private Rows() {
	}

	static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	static List<Integer> integers(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((Integer[]) array.getArray()) : List.of();
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	/** Lists of the same length, one element of each per item. */
	static <T> List<T> zip(int size, java.util.function.IntFunction<T> item) {
		List<T> items = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			items.add(item.apply(i));
		}
		return List.copyOf(items);
	}

}
