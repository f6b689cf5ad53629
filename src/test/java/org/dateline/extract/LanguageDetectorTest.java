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
}
