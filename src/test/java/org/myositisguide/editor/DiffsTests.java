package org.myositisguide.editor;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiffsTests {

	@Test
	void aChangedLineMarksTheWordsThatDifferOnBothSides() {
		List<Diffs.Line> lines = Diffs.unified("a", "Take 10 mg a day.\nKeep this line.\n", "b",
				"Take 20 mg a day.\nKeep this line.\nA new line.\n");
		Diffs.Line removed = lines.stream().filter((l) -> l.kind().equals("removed")).findFirst().orElseThrow();
		Diffs.Line added = lines.stream().filter((l) -> l.kind().equals("added")).findFirst().orElseThrow();
		assertThat(removed.segments()).filteredOn(Diffs.Segment::changed)
			.extracting(Diffs.Segment::text)
			.containsExactly("10");
		assertThat(added.segments()).filteredOn(Diffs.Segment::changed)
			.extracting(Diffs.Segment::text)
			.containsExactly("20");
		for (Diffs.Line line : lines) {
			assertThat(String.join("", line.segments().stream().map(Diffs.Segment::text).toList()))
				.as("segments join back to the line")
				.isEqualTo(line.text());
		}
		Diffs.Line unpaired = lines.stream().filter((l) -> l.text().equals("+A new line.")).findFirst().orElseThrow();
		assertThat(unpaired.segments()).noneMatch(Diffs.Segment::changed);
	}

}
