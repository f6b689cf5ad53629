package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.extract.LanguageDetector.Detection;
import org.dateline.extract.LanguageDetector.Method;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = LanguageDetector.standard();

  @Test
  void ukrainianByItsOwnLetters() {
    assertEquals(new Detection("uk", Method.SCRIPT), detector.detectWithMethod("Другий раунд переговорів закінчився."));
  }

  @Test
  void ukrainianArticleQuotingARussianNameStaysUkrainian() {
    String text = "Президент України заявив, що переговори з Росією продовжаться у Стамбулі. "
        + "Російська делегація на чолі з Мединським прибула в п'ятницю, повідомили в офісі президента. "
        + "За словами речника, «это наша позиция» не змінилася.";
    assertEquals(new Detection("uk", Method.SCRIPT), detector.detectWithMethod(text));
  }

  @Test
  void russianByItsOwnLetters() {
    assertEquals(new Detection("ru", Method.SCRIPT),
        detector.detectWithMethod("Переговоры в Стамбуле начались в пятницу, сообщили в МИД."));
  }

  @Test
  void mixedCyrillicIsLeftToTheModel() {
    Detection d = detector.detectWithMethod("Переговоры в Стамбуле начались в пятницу; делегация вылетела из Києва утром.");
    assertEquals(new Detection("ru", Method.MODEL), d);
  }

  @Test
  void longCyrillicWithoutUkrainianLettersIsRussian() {
    // No ы, э or ё here: the absence of і, ї, є over 60 letters decides.
    String text = "Ученые обнаружили у сколопендр способность менять токсичность яда в зависимости от добычи";
    assertEquals(new Detection("ru", Method.SCRIPT), detector.detectWithMethod(text));
  }

  @Test
  void linksDoNotOutvoteTheCyrillicOfAPost() {
    String post = "Физики плотно упаковали данные в алмаз  https://naked-science.ru/article/physics/dence-diamond-data-storage";
    assertEquals("ru", detector.detect(post));
  }

  @Test
  void englishByFunctionWords() {
    assertEquals(new Detection("en", Method.WORDS),
        detector.detectWithMethod("Negotiations between Russia and Ukraine began today in Istanbul, the ministry said."));
  }

  @Test
  void otherLatinLanguagesGoToTheModelAndGetTwoLetterCodes() {
    assertEquals(new Detection("de", Method.MODEL), detector.detectWithMethod(
        "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, teilte ein Sprecher mit."));
    assertEquals(new Detection("fr", Method.MODEL), detector.detectWithMethod(
        "Le gouvernement français a annoncé lundi de nouvelles sanctions contre la Russie, selon un porte-parole."));
    assertEquals(new Detection("es", Method.MODEL), detector.detectWithMethod(
        "El gobierno español anunció el lunes nuevas sanciones contra Rusia, según un portavoz del ministerio."));
  }

  @Test
  void otherCyrillicLanguagesAreNotTakenForRussian() {
    // Serbian: its own letters (ј, љ, њ, ћ) keep it off the fast path.
    String serbian = "Влада Србије је у понедељак усвојила нове мере, саопштио је портпарол министарства финансија.";
    assertEquals(Method.MODEL, detector.detectWithMethod(serbian).method());
    assertEquals("sr", detector.detect(serbian));
  }

  @Test
  void tooLittleTextIsUndetermined() {
    assertEquals(new Detection("und", Method.NONE), detector.detectWithMethod("1"));
    assertEquals(new Detection("und", Method.NONE), detector.detectWithMethod("NATO 2025"));
  }

  @Test
  void englishWithAShorterUkrainianTranslationIsEnglishNotAnUnrelatedLanguage() {
    // warline-drop1-... as indexed: headline, headline, English description, Ukrainian translation.
    // The model alone read this blend as Danish.
    String text = "This is how Ukraine looks like now\nThis is how Ukraine looks like now\n\n"
        + "The results of Russian military agresssion: destroyed skyscrapers, wounded and killed civilians, "
        + "women hidding in the bomb shelters\n\n"
        + "Результати російської військової агресії: зруйновані хмарочоси, поранені та вбиті мирні жителі";
    assertEquals(new Detection("en", Method.MIXED), detector.detectWithMethod(text));
    assertEquals("da", detector.detectByModel(text).lang(), "the model's own answer, which the mixed path avoids");
  }

  @Test
  void anEvenMixtureOfTwoLanguagesIsMul() {
    String text = "Ukraine will not allow Russians to enter the country so easily from July.\n"
        + "Україна не дозволить так просто росіянам потрапити до країни з липня.";
    assertEquals(new Detection("mul", Method.MIXED), detector.detectWithMethod(text));
  }

  @Test
  void twoCyrillicLanguagesOnTheirOwnLinesAreToldApart() {
    // A Russian headline, an English description and its Ukrainian translation: no majority.
    String text = "Украина с 1 июля введёт визовый режим для граждан России\n\n"
        + "Now Ukraine will not allow Russians to enter the country so easily - a visa regime will be introduced from July 1.\n\n"
        + "Тепер Україна не дозволить так просто росіянам потрапити до країни - з 1 липня вводиться візовий режим.";
    assertEquals(new Detection("mul", Method.MIXED), detector.detectWithMethod(text));
  }

  @Test
  void aUkrainianArticleWithAnEnglishNameIsNotMixed() {
    String text = "McDonald's закриває всі ресторани у Росії. Американська мережа ресторанів швидкого харчування "
        + "вирішила тимчасово закрити усі 850 своїх ресторанів у Росії.";
    assertEquals(new Detection("uk", Method.SCRIPT), detector.detectWithMethod(text));
  }
}
