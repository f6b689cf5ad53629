package org.dateline.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes whole text files strictly: UTF-8 by default, UTF-16 when a UTF-16 byte-order mark says
 * so, a UTF-8 BOM dropped. Invalid bytes are an error with their offset, never replaced silently,
 * because a mangled name cannot be matched or found later.
 */
public final class TextDecoding {
  private TextDecoding() {}

  /** The decoded text, or a {@link CorpusException} naming the reason and byte offset. */
  public static String decode(byte[] bytes) throws CorpusException {
    Charset cs = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    if (cs == StandardCharsets.UTF_8) {
      for (int i = skip; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          throw new CorpusException("binary", "byte " + i, "NUL byte at offset " + i + ": not a text file");
        }
      }
    }
    CharsetDecoder decoder =
        cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return decoder.decode(in).toString();
    } catch (MalformedInputException e) {
      int at = in.position();
      throw new CorpusException("invalid-encoding", "byte " + at, "invalid " + cs.name() + " at byte offset " + at);
    } catch (CharacterCodingException e) {
      throw new CorpusException("invalid-encoding", null, "cannot decode as " + cs.name());
    }
  }
}
