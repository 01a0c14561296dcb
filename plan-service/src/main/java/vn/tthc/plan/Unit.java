package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;
import vn.tthc.platform.errors.InvalidFieldException;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A unit of the organisation tree: the province, a department, a division, a district… */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "short_names", nullable = false)
    private List<String> shortNames = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> aliases = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @Column(name = "parent_code")
    private String parentCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_officer", joinColumns = @JoinColumn(name = "unit_code"))
    @OrderColumn(name = "position")
    private List<Officer> officers = new ArrayList<>();

    @jakarta.persistence.Embedded
    private UnitLetterhead letterhead;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code) {
        this.code = code;
    }

    /** Replaces the unit's description; the code stays. */
    public void describe(String name, List<String> shortNames, List<String> aliases, UnitKind kind, String parentCode,
                         List<Officer> officers) {
        if (code.equals(parentCode)) {
            throw new InvalidFieldException("parentCode", "unit.own-parent");
        }
        this.name = VietnameseText.normalize(name);
        this.shortNames = normalized(shortNames);
        this.aliases = normalized(aliases);
        this.kind = Objects.requireNonNull(kind);
        this.parentCode = parentCode;
        this.officers = new ArrayList<>(officers == null ? List.of() : officers);
    }

    /** Replaces what the unit's documents print about it. */
    public void letterhead(UnitLetterhead letterhead) {
        this.letterhead = letterhead == null ? UnitLetterhead.NONE : letterhead;
    }

    /** What the unit's documents print about it; every field null when nothing is known. */
    public UnitLetterhead letterhead() {
        return letterhead == null ? UnitLetterhead.NONE : letterhead;
    }

    /** Every name the unit goes by in documents: its name, short names and aliases. */
    public Stream<String> names() {
        return Stream.concat(Stream.of(name), Stream.concat(shortNames.stream(), aliases.stream()));
    }

    private static List<String> normalized(List<String> texts) {
        return texts == null ? new ArrayList<>() : new ArrayList<>(texts.stream()
                .map(VietnameseText::normalize).filter(text -> !text.isEmpty()).distinct().toList());
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public List<String> shortNames() {
        return List.copyOf(shortNames);
    }

    public List<String> aliases() {
        return List.copyOf(aliases);
    }

    public UnitKind kind() {
        return kind;
    }

    public String parentCode() {
        return parentCode;
    }

    public List<Officer> officers() {
        return List.copyOf(officers);
    }

    public long version() {
        return version;
    }
}
