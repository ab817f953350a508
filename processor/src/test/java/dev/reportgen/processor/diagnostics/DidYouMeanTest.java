package dev.reportgen.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DidYouMeanTest {
  private static final List<String> TYPES =
      List.of("DATE", "DATETIME", "Integer", "Float", "String", "Enum");
  private static final List<String> KEYS =
      List.of("keyword", "type", "description", "nullable", "optional", "enum", "java_name");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Datetim, DATETIME",
    "datetime, DATETIME",
    "Intger, Integer",
    "Int, Integer",
    "Strng, String",
    "flaot, Float",
    "Dat, DATE",
    "enums, Enum",
  })
  void types(String input, String expected) {
    assertThat(DidYouMean.suggest(input, TYPES)).hasValue(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "nulable, nullable",
    "tpye, type",
    "desc, description",
    "javaname, java_name",
    "java-name, java_name",
    "optinal, optional",
    "keywrd, keyword",
  })
  void keys(String input, String expected) {
    assertThat(DidYouMean.suggest(input, KEYS)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Boolean", "Number", "Timestamp", "x", ""})
  void nothingCloseEnough(String input) {
    assertThat(DidYouMean.suggest(input, TYPES)).isEmpty();
  }

  @Test
  void closestWinsAndTiesGoToTheFirstCandidate() {
    assertThat(DidYouMean.suggest("abcd", List.of("abcx", "abdd"))).hasValue("abcx");
    assertThat(DidYouMean.suggest("colour", List.of("Color", "Colour"))).hasValue("Colour");
  }

  @Test
  void distance() {
    assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DidYouMean.distance("tpye", "type")).isEqualTo(1); // transposition
    assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    assertThat(DidYouMean.distance("same", "same")).isEqualTo(0);
  }
}
