package org.kamgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Check digits worked out by hand: Luhn over "80840" followed by the nine payload digits, doubling every second
 * digit starting with the rightmost payload digit. For 123456789, from the right: 9*2=18->9, 8, 7*2=14->5, 6,
 * 5*2=10->1, 4, 3*2=6, 2, 1*2=2, 0, 4*2=8, 8, 0*2=0, 8; the sum is 67, so the check digit is 10 - 7 = 3, the
 * CMS example 1234567893.
 */
class NpiTest {

    @ParameterizedTest
    @CsvSource({"123456789, 3", "100000000, 4", "999999999, 5", "000000000, 6", "198765432, 8", "114567890, 4",
            "274859301, 1"})
    void checkDigits(String firstNine, int expected) {
        assertThat(Npi.checkDigit(firstNine)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1000000004", "9999999995", "1987654328", "1145678904", "2748593011"})
    void validNpis(String npi) {
        assertThat(Npi.isValid(npi)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567891", "1234567892", "1234567894", "1234567895", "1234567896",
            "1234567897", "1234567898", "1234567899"})
    void everyOtherCheckDigitIsInvalid(String npi) {
        assertThat(Npi.isValid(npi)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2134567893", "1324567893", "1234567983", "1234567839", "1234567883", "1234577893"})
    void transposedOrMistypedDigitsAreInvalid(String npi) {
        assertThat(Npi.isValid(npi)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789", "12345678930", "01234567893", " 1234567893", "1234567893 ", "123-456-7893",
            "12345678a3", "123456789X", "+234567893", "１２３４５６７８９３"})
    void malformedNpisAreInvalid(String npi) {
        assertThat(Npi.isValid(npi)).isFalse();
    }

    /**
     * BUG (reported, not fixed): isValid accepts any Unicode digit (Character::isDigit) and then computes with
     * {@code ch - '0'}, so some strings with Arabic-Indic digits pass the Luhn check. Here U+0661 (ARABIC-INDIC
     * DIGIT ONE) stands in for the '5' of 1234567893; it contributes the same amount modulo 10.
     */
    @Test
    void nonAsciiDigitsAreInvalid() {
        assertThat(Npi.isValid("1234\u066167893")).isFalse();
        assertThat(Npi.isValid("123\u0660567893")).isFalse();
    }
}
