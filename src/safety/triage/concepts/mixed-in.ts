import type { ConceptId } from './types.js';

/**
 * Words from the languages most often mixed into an English question by the site's askers (Spanish, Tagalog,
 * Malay): "mi abuela tiene dolor de pecho and she's sweating". Only the signs a relative is likely to name in
 * the home language are here; the rest of the question is read in English as usual. Matched on lower-cased text
 * with accents kept (NFKC does not strip them), so both "pecho" spellings and "respirar" with or without the accent
 * in "está" work.
 */
export const MIXED_IN: Partial<Record<ConceptId, string[]>> = {
  chestPain: [
    "\\bdolor (?:de|en el|del) pecho\\b|\\b(?:me|le|te) duele (?:mucho )?el pecho\\b|\\bdolor tor[aá]cico\\b|\\bpresi[oó]n en el pecho\\b",
    '\\bsakit (?:sa |ng )?dibdib\\b|\\bmasakit (?:ang |yung )?dibdib\\b|\\b(?:sakit|nyeri) (?:di )?dada\\b|\\bdada (?:sakit|sesak|nyeri)\\b',
  ],
  breathlessAny: [
    '\\b(?:le |me )?falta (?:de )?(?:el )?aire\\b|\\bno (?:puede|puedo|pod[ií]a) respirar\\b|\\brespira (?:muy )?(?:mal|r[aá]pido)\\b|\\bahog[aá]ndo(?:se|me)?\\b',
    '\\bhindi (?:siya |ako |sya )?makahinga\\b|\\bnahihirapan(?:g)? (?:siyang |akong )?huminga\\b|\\bsesak (?:nafas|napas)\\b|\\b(?:susah|sukar|tak boleh|tidak boleh) (?:ber)?nafas\\b',
  ],
  severeBreathing: [
    '\\bno (?:puede|puedo) respirar\\b|\\bse est[aá] ahogando\\b|\\bhindi (?:siya |sya )?makahinga\\b|\\b(?:tak boleh|tidak boleh|tak dapat) (?:ber)?nafas\\b',
  ],
  sweating: ['\\bsudando\\b|\\bsudor (?:fr[ií]o|mucho)\\b|\\bpinapawisan\\b|\\bpawis na pawis\\b|\\bberpeluh\\b|\\bpeluh sejuk\\b'],
  faint: ['\\bse desmay[oó]\\b|\\bdesmayad[oa]\\b|\\bmareado\\b|\\bnahimatay\\b|\\bpengsan\\b|\\bpitam\\b'],
  suicidal: [
    '\\b(?:me quiero|quiero|quiere|se quiere) (?:morir|matar(?:me)?|suicidar(?:me)?)\\b|\\bno quiero vivir\\b|\\bgusto (?:ko |niya )?(?:nang |na )?mamatay\\b|\\bmagpakamatay\\b|\\bbunuh diri\\b|\\bnak mati\\b',
  ],
  seizure: ['\\bconvulsion(?:es|ando)\\b|\\bconvulsiona(?:ndo)?\\b|\\bnangingisay\\b|\\bkombulsyon\\b|\\bsawan\\b'],
  firstSeizure: ['\\bfirst time (?:(?:lang |ito )?nangyari|lang)\\b|\\bunang beses\\b|\\bngayon lang (?:nangyari|ito)\\b|\\bprimera vez\\b|\\bnunca (?:le |me )?(?:hab[ií]a|ha) pasado\\b|\\bpertama kali\\b'],
  unconscious: ['\\bno responde\\b|\\binconsciente\\b|\\bwalang malay\\b|\\bhindi (?:na )?(?:gumagalaw|sumasagot)\\b|\\btak sedar(?:kan diri)?\\b|\\bpengsan\\b'],
  speechTrouble: ['\\bno (?:puede|puedo|pod[ií]a) hablar(?: bien)?\\b|\\bhabla (?:raro|mal|extra[nñ]o|arrastrando)\\b|\\bhindi (?:siya |sya )?makapagsalita\\b|\\bbulol (?:siya )?magsalita\\b|\\bpelat\\b'],
  limbWeakness: ['\\bno (?:puede|puedo) mover (?:el|la|su|mi) (?:brazo|pierna|mano|lado)\\b|\\b(?:brazo|pierna|lado) (?:dormid[oa]|d[eé]bil|sin fuerza)\\b|\\bhindi (?:niya |ko )?maigalaw\\b|\\bnanghihina ang (?:braso|binti|kaliwa|kanan)\\b'],
  sudden: ['\\bde repente\\b|\\brepentinamente\\b|\\bbigla(?:ng)?\\b|\\btiba-tiba\\b|\\bmendadak\\b'],
  faceDroop: ['\\b(?:nakalaylay|tabingi|ngiwi|nakangiwi) (?:ang |yung )?(?:mukha|bibig|labi)\\b|\\b(?:la )?cara (?:ca[ií]da|torcida)\\b|\\bboca torcida\\b|\\bmukha (?:niya )?(?:ay )?(?:nakalaylay|tabingi)\\b|\\bmuka (?:senget|herot)\\b'],
  severeBleeding: ['\\bsangra (?:mucho|sin parar)\\b|\\bno (?:para|deja) de sangrar\\b|\\bmaraming dugo\\b|\\b(?:banyak|tak berhenti) (?:darah|berdarah)\\b'],
};
