package vn.tthc.platform.web;

import org.junit.jupiter.api.Test;
import vn.tthc.platform.errors.InvalidFieldException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void theOffsetIsComputedWithoutOverflow() {
        PageRequest last = new PageRequest(Integer.MAX_VALUE, 200);
        assertThat(last.offset()).isEqualTo(Integer.MAX_VALUE * 200L);
        assertThat(last.isPageWithinRange()).isFalse();
        assertThatThrownBy(last::firstResult).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("page"));
    }

    @Test
    void aPageWithinWhatAQueryAddressesIsAccepted() {
        assertThat(new PageRequest(0, 20).isPageWithinRange()).isTrue();
        assertThat(new PageRequest(10_000_000, 200).isPageWithinRange()).isTrue();
        assertThat(new PageRequest(10_737_418, 200).isPageWithinRange()).isFalse();
    }

    @Test
    void aPageOfAListBeyondItsEndIsEmptyButKeepsTheTotal() {
        Page<String> page = Page.of(List.of("a", "b", "c"), new PageRequest(5, 2));
        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(3);
        assertThat(Page.of(List.of("a", "b", "c"), new PageRequest(1, 2)).items()).containsExactly("c");
    }

    @Test
    void mappingAPageKeepsItsPlace() {
        Page<Integer> lengths = Page.of(List.of("một", "hai"), new PageRequest(0, 1)).map(String::length);
        assertThat(lengths).isEqualTo(new Page<>(List.of(3), 0, 1, 2));
    }
}
