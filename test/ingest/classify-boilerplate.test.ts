import { describe, expect, it } from 'vitest';
import { classifyBoilerplate, findTrailingCredit } from '../../src/ingest/classify-boilerplate.ts';

describe('classifyBoilerplate', () => {
  it.each([
    ['6 min read', 'reading-time note'],
    ['Reading time: 4 minutes', 'reading-time note'],
    ['3 mins', 'reading-time note'],
    ['0 4', 'share counter'],
    ['12', 'share counter'],
    ['1.2k shares', 'share counter'],
    ['Live Story', 'widget label'],
    ['Read more', 'widget label'],
    ['READ MORE:', 'widget label'],
    ['Related', 'widget label'],
    ['Related Articles', 'widget label'],
    ['Advertisement', 'widget label'],
    ['Story continues below advertisement', 'widget label'],
    ['Share this article', 'widget label'],
    ['Reply', 'comment prompt'],
    ['Leave a comment', 'comment prompt'],
    ['Leave A Reply', 'comment prompt'],
    ['17 comments', 'comment prompt'],
    ['Discuss This Article', 'comment prompt'],
    ['Your email address will not be published. Required fields are marked *', 'comment prompt'],
    ['Subscribe to our daily newsletter for the latest updates', 'newsletter prompt'],
    ['Sign up now!', 'newsletter prompt'],
    ['Follow us on Telegram for breaking news', 'newsletter prompt'],
    ['We use cookies to improve your experience. Accept all', 'cookie notice'],
    ['© 2023 The Evening Ledger. All rights reserved.', 'copyright notice'],
    ['Copyright 2021 Hilltop Media Group', 'copyright notice'],
    ['Copyright Hilltop Weekly', 'copyright notice'],
    ['Other reports by Hilltop Weekly', 'other-reports footer'],
    ['Photo: Jane Doe/Agency', 'image credit'],
  ])('%s → %s', (line, reason) => {
    expect(classifyBoilerplate(line)).toBe(reason);
  });
});

describe('classifyBoilerplate false positives', () => {
  it.each([
    ['The minister told reporters to read more carefully before judging the plan.'],
    ['Comments from the public will be accepted until June.'],
    ['She said the reply would come within 6 minutes of the call.'],
    ['Subscribers to the service lost access on Monday.'],
    ['Copyright infringement cases rose sharply last year.'],
    ['Sign up rates for the programme fell by a third.'],
    ['The bakery sold 400 cookies at the fair, organisers said.'],
    ['Related costs rose by 4%.'],
    ['In 2023, 12 people were hurt.'],
    [''],
  ])('%s → null', (line) => {
    expect(classifyBoilerplate(line)).toBeNull();
  });
});

describe('findTrailingCredit', () => {
  it.each([
    ['Crowds gather outside the court [Getty/file photo]', ' [Getty/file photo]'],
    ['A damaged bridge near the town (Photo: Agency)', ' (Photo: Agency)'],
    ['Rescue teams at work [Courtesy of the fire service]', ' [Courtesy of the fire service]'],
  ])('%s → %s', (line, credit) => {
    expect(findTrailingCredit(line)).toBe(credit);
  });

  it.each([
    ['The group (which formed in 2019) denied it.'],
    ['Officials met the envoy (again)'],
    ['[Photo]'], // nothing but the bracket: not a caption
    ['The vote was 5-4 [in favour]'],
  ])('%s has no credit', (line) => {
    expect(findTrailingCredit(line)).toBeNull();
  });
});
