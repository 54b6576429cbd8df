package org.reviewlens.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.corpus.InputException;
import org.reviewlens.extract.MentionKind;

class MentionsFileTest {
  @TempDir Path dir;

  @Test
  void readsAGoldFileWithAByteOrderMark() throws IOException {
    Path gold = dir.resolve("gold.csv");
    Files.writeString(
        gold, "\uFEFFreview_id,char_begin,char_end,surface,character,kind\nr,0,3,Ani,Ani,name\n");
    assertEquals(
        List.of(new LabelledMention("r", 0, 3, "Ani", "Ani", MentionKind.NAME)),
        MentionsFile.read(gold));
  }

  @Test
  void anUnknownKindNamesTheFileAndLine() throws IOException {
    Path gold = dir.resolve("gold.csv");
    Files.writeString(
        gold, "review_id,char_begin,char_end,surface,character,kind\nr,0,3,Ani,Ani,nickname\n");
    InputException e = assertThrows(InputException.class, () -> MentionsFile.read(gold));
    assertTrue(e.getMessage().startsWith(gold + ":2: unknown kind 'nickname'"), e.getMessage());
  }

  @Test
  void anEmptySpanIsRefused() throws IOException {
    Path gold = dir.resolve("gold.csv");
    Files.writeString(
        gold, "review_id,char_begin,char_end,surface,character,kind\nr,5,5,,Ani,name\n");
    assertThrows(InputException.class, () -> MentionsFile.read(gold));
  }
}
