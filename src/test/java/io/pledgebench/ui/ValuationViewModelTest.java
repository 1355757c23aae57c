package io.pledgebench.ui;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.store.StoredPortfolio;
import io.pledgebench.valuation.MonteCarloSettings;
import io.pledgebench.valuation.MonteCarloSimulator;
import io.pledgebench.valuation.ValuationEngine;
import io.pledgebench.valuation.ValuationParameters;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The Valuation view model: edits are parsed, refused with a reason, and recalculated in the background. */
class ValuationViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
    private final SimpleObjectProperty<StoredPortfolio> portfolio = new SimpleObjectProperty<>();
    private BackgroundTasks tasks;
    private ValuationViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        tasks = new BackgroundTasks();
        vm = Fx.call(() -> new ValuationViewModel(portfolio, new SimpleObjectProperty<>(), tasks, new I18n(Locale.ENGLISH), () -> AS_OF));
        Fx.run(() -> vm.input(ValuationViewModel.Input.PATHS).set("2000"));
    }

    @AfterEach
    void tearDown() throws Exception {
        // Settles the pending debounce so that it cannot fire after the workers are gone.
        Fx.run(() -> {
            portfolio.set(null);
            vm.recalculate();
        });
        tasks.close();
    }

    private static Portfolio acme() {
        Patent sensor = Patent.builder(PatentNumber.parse("CN201710601862.3"), PatentType.INVENTION, LegalStatus.VALID)
                .title("Optical sensor").filingDate(LocalDate.of(2017, 7, 25)).grantDate(LocalDate.of(2020, 3, 6))
                .addOwner(new Owner("Acme", null)).replacementCost(new BigDecimal("800000")).build();
        return new Portfolio("Acme", null, List.of(sensor), null, "CNY", "acme.csv");
    }

    private void select(Portfolio p) throws Exception {
        Fx.run(() -> portfolio.set(new StoredPortfolio(1, Instant.EPOCH, "test", "hash", p)));
    }

    @Test
    void selectingAPortfolioValuesItWithTheEnginesDefaultsAndTheGivenPathsAndSeed() throws Exception {
        select(acme());
        Fx.await(() -> vm.resultProperty().get() != null);
        double expected = new MonteCarloSimulator(new ValuationEngine(ValuationParameters.defaults().toBuilder()
                .currency("CNY").build(), List.of()))
                .simulate(acme().patents(), null, AS_OF, 1.0, MonteCarloSettings.defaults(1L).withPaths(2000)
                        .withThreads(Runtime.getRuntime().availableProcessors()), null, null).portfolio().mean();
        assertThat(Fx.call(() -> vm.resultProperty().get().portfolio().mean())).isEqualTo(expected);
        assertThat(Fx.call(() -> vm.patents().size())).isEqualTo(1);
        assertThat(Fx.call(() -> vm.selectedProperty().get().patent().title())).isEqualTo("Optical sensor");
    }

    @Test
    void textThatIsNotANumberIsMarkedAndNotCalculated() throws Exception {
        select(acme());
        Fx.await(() -> vm.resultProperty().get() != null);
        Fx.run(() -> vm.input(ValuationViewModel.Input.TAX_RATE).set("twenty"));
        Fx.await(() -> !vm.errorProperty().get().isEmpty());
        assertThat(vm.invalid()).containsExactly(ValuationViewModel.Input.TAX_RATE);
        assertThat(vm.errorProperty().get()).isEqualTo("Income tax rate (%): not a number.");
    }

    @Test
    void aCorrelationOutsideZeroToOneIsRefusedBeforeTheEngineNamingTheFieldTheRangeAndTheValue() throws Exception {
        select(acme());
        Fx.await(() -> vm.resultProperty().get() != null);
        Fx.run(() -> vm.input(ValuationViewModel.Input.CORRELATION).set("1.5"));
        Fx.await(() -> !vm.errorProperty().get().isEmpty());
        assertThat(vm.errorProperty().get())
                .isEqualTo("Market factor correlation (0–1): enter a number from 0 to 1, not “1.5”.");
        assertThat(vm.invalid()).containsExactly(ValuationViewModel.Input.CORRELATION);
    }

    @Test
    void aRevenueGrowthOfMinusOneHundredPercentOrLessIsRefused() throws Exception {
        select(acme());
        Fx.await(() -> vm.resultProperty().get() != null);
        Fx.run(() -> vm.input(ValuationViewModel.Input.REVENUE_GROWTH).set("-100"));
        Fx.await(() -> !vm.errorProperty().get().isEmpty());
        assertThat(vm.errorProperty().get())
                .isEqualTo("Revenue growth per year (%): enter a percentage above −100, not “-100”.");
        assertThat(vm.invalid()).containsExactly(ValuationViewModel.Input.REVENUE_GROWTH);
    }

    @Test
    void fractionalPathsAreRefusedNotRounded() throws Exception {
        select(acme());
        Fx.run(() -> vm.input(ValuationViewModel.Input.PATHS).set("1000.5"));
        Fx.await(() -> !vm.errorProperty().get().isEmpty());
        assertThat(vm.errorProperty().get()).isEqualTo("Monte Carlo paths must be a whole number, was 1000.5.");
    }

    @Test
    void afterQuickSuccessiveEditsTheResultIsThatOfTheLastValues() throws Exception {
        select(acme());
        Fx.await(() -> vm.resultProperty().get() != null);
        Fx.run(() -> {
            vm.input(ValuationViewModel.Input.SEED).set("2");
            vm.input(ValuationViewModel.Input.SEED).set("3");
            vm.input(ValuationViewModel.Input.SEED).set("4");
        });
        Fx.await(() -> vm.resultProperty().get().settings().seed() == 4 && !vm.calculatingProperty().get());
        assertThat(vm.resultProperty().get().settings().paths()).isEqualTo(2000);
    }
}
