package org.huzhu.insurance.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.huzhu.platform.api.SupportedLocales;

@Entity
@Table(schema = "insurance", name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String kind;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @OneToMany(mappedBy = "plan")
    @OrderBy("periodStart")
    private List<PlanVersion> versions = new ArrayList<>();

    protected Plan() {
    }

    public String code() {
        return code;
    }

    public String kind() {
        return kind;
    }

    public String name(Locale locale) {
        return SupportedLocales.ENGLISH.equals(SupportedLocales.supported(locale)) ? nameEn : nameZh;
    }

    public List<PlanVersion> versions() {
        return versions;
    }
}
