package app.gendan.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TimeTextTest {
    @Test
    void readsTheWaysPeopleTypeATimeOfDay() {
        assertThat(TimeText.parse("10:00")).isEqualTo(LocalTime.of(10, 0));
        assertThat(TimeText.parse(" 9:30 ")).isEqualTo(LocalTime.of(9, 30));
        assertThat(TimeText.parse("9：30")).isEqualTo(LocalTime.of(9, 30)); // full-width colon from a Chinese IME
        assertThat(TimeText.parse("14")).isEqualTo(LocalTime.of(14, 0));
        assertThat(TimeText.parse("1430")).isEqualTo(LocalTime.of(14, 30));
        assertThat(TimeText.parse("2:30 pm")).isEqualTo(LocalTime.of(14, 30));
        assertThat(TimeText.parse("9am")).isEqualTo(LocalTime.of(9, 0));
        assertThat(TimeText.parse("  ")).isNull();
        assertThat(TimeText.format(LocalTime.of(9, 5))).isEqualTo("09:05");
    }

    @Test
    void refusesWhatIsNoTime() {
        assertThatThrownBy(() -> TimeText.parse("25:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> TimeText.parse("soon")).isInstanceOf(DateTimeParseException.class);
    }
}
