package org.reviewlens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What the settings tell CoreNLP, without loading a model. */
class AnnotationSettingsTest {
  @Test
  void fineGrainedEntityTypesAreOffByDefaultAndCanBeTurnedOn() {
    AnnotationSettings coarse = AnnotationSettings.builder().build();
    AnnotationSettings fine = AnnotationSettings.builder().fineGrainedEntities(true).build();

    assertEquals("false", coarse.mainProperties().getProperty("ner.applyFineGrained"));
    assertEquals("true", fine.mainProperties().getProperty("ner.applyFineGrained"));
    assertNotEquals(coarse.fingerprint(), fine.fingerprint(), "each has its own cache entries");
  }

  @Test
  void everyPreloadGroupIsBuiltWithTheMainPipelinesNerSetting() {
    AnnotationSettings fine = AnnotationSettings.builder().fineGrainedEntities(true).build();

    List<Properties> withNer =
        fine.preloadGroups().stream()
            .filter(g -> g.getProperty("annotators").contains("ner"))
            .toList();

    assertEquals(1, withNer.size());
    assertEquals("true", withNer.get(0).getProperty("ner.applyFineGrained"));
  }

  @Test
  void coreferenceLooksTwentyFiveMentionsBackForAnAntecedentWithNoSharedWords() {
    AnnotationSettings settings = AnnotationSettings.builder().build();

    assertEquals("25", settings.mainProperties().getProperty("coref.maxMentionDistance"));
    assertEquals(
        "40",
        AnnotationSettings.builder()
            .corefMaxMentionDistance(40)
            .build()
            .mainProperties()
            .getProperty("coref.maxMentionDistance"));
  }
}
