// Write or edit a story: pseudonym, a province at most, the text, and the consent of guardian and child with its
// expiry. There is no photo field. Every save is a new version; an edit after review needs a new review.
import { Box, Button, Callout, Card, Flex, Grid, Heading, Select, Text } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@kruosar/domain';
import { describeError, errorMessage, useLocale } from '@kruosar/ui';
import { useProvinces } from './provinces';
import { LongText, StoryField, TextInput } from './story-fields';
import type { StoryDetail } from './use-stories';

export type StoryInput = {
  locale: Locale;
  title: string;
  pseudonym: string;
  provinceCode: string | null;
  body: string;
  guardianConsentOn: string;
  childConsentOn: string;
  consentExpiresOn: string;
};

const NO_PLACE = 'none';
const REQUIRED: (keyof StoryInput)[] = ['title', 'pseudonym', 'body', 'guardianConsentOn', 'childConsentOn', 'consentExpiresOn'];

export function initialStoryInput(story: StoryDetail | null, locale: Locale): StoryInput {
  if (!story) return { locale, title: '', pseudonym: '', provinceCode: null, body: '', guardianConsentOn: '', childConsentOn: '', consentExpiresOn: '' };
  const { current: v } = story;
  return { locale: v.locale, title: v.title, pseudonym: v.pseudonym, provinceCode: v.provinceCode, body: v.body, guardianConsentOn: story.guardianConsentOn, childConsentOn: story.childConsentOn, consentExpiresOn: story.consentExpiresOn };
}

type Props = { initial: StoryInput; heading: string; saving: boolean; error: unknown; onSave: (input: StoryInput) => void; onCancel?: () => void };

export function StoryForm({ initial, heading, saving, error, onSave, onCancel }: Props) {
  const { t, i18n } = useTranslation(['staff', 'common', 'errors']);
  const [input, setInput] = useState(initial);
  const [missing, setMissing] = useState<Set<keyof StoryInput>>(new Set());
  const provinces = useProvinces();
  const locale = useLocale();
  const set = <K extends keyof StoryInput>(key: K) => (value: StoryInput[K]) => setInput((old) => ({ ...old, [key]: value }));

  // The server's messages by field; an update nests the input under "input".
  const server = Object.fromEntries(Object.entries(error ? (describeError(error).fieldErrors ?? {}) : {}).map(([path, message]) => [path.replace(/^input\./, ''), message]));
  const errorOf = (key: keyof StoryInput) => (missing.has(key) ? 'errors.field.required' : server[key]);
  const general = error && Object.keys(server).length === 0 ? errorMessage(error, i18n) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = new Set(REQUIRED.filter((key) => String(input[key] ?? '').trim() === ''));
    setMissing(empty);
    if (empty.size === 0) onSave({ ...input, title: input.title.trim(), pseudonym: input.pseudonym.trim(), body: input.body.trim() });
  };

  return (
    <Card size="3" asChild>
      <form onSubmit={submit} noValidate aria-labelledby="story-form-heading">
        <Heading as="h2" id="story-form-heading" size="5" mb="2">
          {heading}
        </Heading>
        <Callout.Root color="amber" highContrast mb="4">
          <Callout.Text>{t('stories.form.rules')}</Callout.Text>
        </Callout.Root>
        <Flex direction="column" gap="4">
          <Grid columns={{ initial: '1', sm: '2' }} gap="4">
            <StoryField id="story-locale" label={t('stories.form.locale')} error={server.locale}>
              {(aria) => (
                <Select.Root value={input.locale} onValueChange={(v) => set('locale')(v as Locale)}>
                  <Select.Trigger {...aria} aria-labelledby="story-locale-label story-locale" />
                  <Select.Content position="popper">
                    <Select.Item value="en">{t('common:language.en')}</Select.Item>
                    <Select.Item value="km">{t('common:language.km')}</Select.Item>
                  </Select.Content>
                </Select.Root>
              )}
            </StoryField>
            <StoryField id="story-province" label={t('stories.form.province')} hint={t('stories.form.provinceHint')} error={errorOf('provinceCode')}>
              {(aria) => (
                <Select.Root value={input.provinceCode ?? NO_PLACE} onValueChange={(v) => set('provinceCode')(v === NO_PLACE ? null : v)}>
                  <Select.Trigger {...aria} aria-labelledby="story-province-label story-province" />
                  <Select.Content position="popper">
                    <Select.Item value={NO_PLACE}>{t('stories.form.noPlace')}</Select.Item>
                    {provinces.map((p) => (
                      <Select.Item key={p.code} value={p.code}>
                        {locale === 'km' ? p.nameKm : p.nameLatin}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select.Root>
              )}
            </StoryField>
          </Grid>
          <TextInput id="story-title" label={t('stories.form.title')} value={input.title} onChange={set('title')} maxLength={200} error={errorOf('title')} />
          <TextInput id="story-pseudonym" label={t('stories.form.pseudonym')} hint={t('stories.form.pseudonymHint')} value={input.pseudonym} onChange={set('pseudonym')} maxLength={60} error={errorOf('pseudonym')} />
          <LongText id="story-body" label={t('stories.form.body')} hint={t('stories.form.bodyHint')} value={input.body} onChange={set('body')} maxLength={10000} error={errorOf('body')} />
          <Box asChild>
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend>
                <Text size="3" weight="bold">
                  {t('stories.form.consent')}
                </Text>
              </legend>
              <Text as="p" size="1" color="gray" mb="2">
                {t('stories.form.consentHint')}
              </Text>
              <Grid columns={{ initial: '1', sm: '3' }} gap="4">
                <TextInput id="story-guardian-consent" type="date" label={t('stories.form.guardianConsentOn')} value={input.guardianConsentOn} onChange={set('guardianConsentOn')} error={errorOf('guardianConsentOn')} />
                <TextInput id="story-child-consent" type="date" label={t('stories.form.childConsentOn')} value={input.childConsentOn} onChange={set('childConsentOn')} error={errorOf('childConsentOn')} />
                <TextInput id="story-consent-expires" type="date" label={t('stories.form.consentExpiresOn')} value={input.consentExpiresOn} onChange={set('consentExpiresOn')} error={errorOf('consentExpiresOn')} />
              </Grid>
            </fieldset>
          </Box>
          {missing.size > 0 || Object.keys(server).length > 0 ? (
            <Callout.Root color="red" role="alert">
              <Callout.Text>{t('errors:invalid')}</Callout.Text>
            </Callout.Root>
          ) : null}
          {general ? (
            <Callout.Root color="red" role="alert">
              <Callout.Text>{general}</Callout.Text>
            </Callout.Root>
          ) : null}
          <Flex gap="3">
            <Button type="submit" loading={saving}>
              {t('stories.form.save')}
            </Button>
            {onCancel ? (
              <Button type="button" variant="soft" color="gray" onClick={onCancel}>
                {t('stories.form.cancel')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
