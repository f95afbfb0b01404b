import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removedNames } from './redaction-probes.js';

// Probe sentences written for these tests (session 7, not taken from any labelled set) for the name classes blind
// set v9 showed missing: full names typed in lower case after a lead, names with particles, a month read as a name,
// and Chinese names after a recipient's word, a particle, a parent's role, "找…的" or a dash. Ordinary text of the
// same shape must stay.

test('lower-case full names after a dash, an introduction or a clinician role; a listed name alone closing the post', () => {
  assert.deepEqual(removedNames('my knee still clicks after the scope. — deborah kowalski, 555 box'), ['deborah kowalski']);
  assert.deepEqual(removedNames('hey this is tobias nieminen, had a tetanus shot 2 days ago and the arm is red'), ['tobias nieminen']);
  assert.deepEqual(removedNames("I'm harriet o'donnell, my thyroid is acting up again"), ["harriet o'donnell"]);
  assert.deepEqual(removedNames('please pass this to pharmacist yusuf abernathy-khan, he filled it'), ['yusuf abernathy-khan']);
  assert.deepEqual(removedNames('is this normal for a 3 week old? ok thanks — imogen'), ['imogen']);
  assert.deepEqual(removedNames('that is all, thanks, marcus delacroix'), ['marcus delacroix']);
  assert.deepEqual(removedNames('regards, priya venkataraman'), ['priya venkataraman']);
  assert.deepEqual(removedNames('I am beatriz, 41, with migraines since my teens'), ['beatriz']);
  // A name before a drug or an ordinary word is not taken with it; a dash before a symptom is no signature.
  for (const keep of ['i gave marcus tylenol and he slept', 'nurse said the rash is fine', 'the pain — sharp, then dull', 'dr said metformin is fine']) {
    assert.deepEqual(removedNames(keep), [], keep);
  }
  // The given name alone, not the word after it.
  assert.deepEqual(removedNames("i'm kevin and i have asthma"), ['kevin']);
});

test('surname particles after a name any frame found, and a month before a day is no name', () => {
  assert.deepEqual(removedNames('My name is Pieter van den Heuvel and I have gout'), ['Pieter van den Heuvel']);
  assert.deepEqual(removedNames('Patient: Siti Nurhaliza binti Tarudin, 54, diabetic'), ['Siti Nurhaliza binti Tarudin']);
  assert.deepEqual(removedNames('Follow-up on Jan 9 with Dr. Lee'), ['Lee']);
  assert.deepEqual(removedNames('the scan is booked for May 21st'), []);
});

test('Chinese names after 收件人/联系人, before 啦/喔, after a parent role, after 找…的, and after a dash', () => {
  assert.deepEqual(removedNames('請寄到診所，收件人林雅惠，謝謝'), ['林雅惠']);
  assert.deepEqual(removedNames('联系人王志伟，电话见上'), ['王志伟']);
  assert.deepEqual(removedNames('我是陳怡君喔，上次問過胃痛'), ['陳怡君']);
  assert.deepEqual(removedNames('我是宝妈小晴，孩子咳嗽一周了'), ['小晴']);
  assert.deepEqual(removedNames('可以找藥局的志豪，他比較清楚'), ['志豪']);
  assert.deepEqual(removedNames('先谢谢了！——俊杰，血压 150/95 要吃药吗'), ['俊杰']);
  // Roles, medicines and ordinary words in the same frames stay.
  for (const keep of ['收件人信息不全怎么办', '我是高血压啦，要吃药吗', '找药房的药师问一下', '我是宝妈，孩子发烧', '——血压还是很高，怎么办']) {
    assert.deepEqual(removedNames(keep), [], keep);
  }
});
