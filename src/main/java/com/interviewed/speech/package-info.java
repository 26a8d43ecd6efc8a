/**
 * Speech: the speech-to-text and text-to-speech ports and their offline adapters (pocketsphinx through JNA,
 * flite voices). Audio everywhere is 16-bit signed little-endian mono PCM; recognition takes 16 kHz.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Speech")
package com.interviewed.speech;
