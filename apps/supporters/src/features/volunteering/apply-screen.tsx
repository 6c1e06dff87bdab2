// Applying to volunteer, without an account: name, contact, skills, availability, languages and consent to
// safeguarding checks. Checked here first (same rules as the server) so mistakes show beside their fields.
import { Button, Callout, Card, Checkbox, Flex, Heading, Link as RadixLink, Text, TextArea, TextField } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { availabilitySlots, volunteerLanguages, VolunteerApplicationInput } from '@kruosar/domain';
import { FieldError, FieldHint, FieldLabel, describeError, errorMessage, fieldMessageOfIssue, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';

type Field = 'name' | 'contact' | 'skills' | 'availability' | 'languages' | 'consentToSafeguardingChecks';

/** An issue's own message key (custom rules name one), else the generic key for its kind. */
function keysOf(error: { issues: readonly { path: PropertyKey[]; code: string; params?: unknown }[] }): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0]) as Field;
    const own = (issue.params as { messageKey?: string } | undefined)?.messageKey;
    out[field] ??= own ?? fieldMessageOfIssue(issue as never).key.replace(':', '.');
  }
  return out;
}

export function ApplyScreen() {
  const { t, i18n } = useTranslation(['supporters', 'errors', 'values']);
  usePageTitle(t('apply.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const submit = useMutation(trpc.volunteerApplications.submit.mutationOptions());
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [skills, setSkills] = useState('');
  const [availability, setAvailability] = useState<string[]>([]);
  const [languages, setLanguages] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = VolunteerApplicationInput.safeParse({ name, contact, skills, availability, languages, locale, consentToSafeguardingChecks: consent });
    if (!parsed.success) {
      const found = keysOf(parsed.error);
      setProblems(found);
      const first = (['name', 'contact', 'skills', 'availability', 'languages', 'consentToSafeguardingChecks'] as const).find((f) => found[f]);
      if (first) document.getElementById(`apply-${first}`)?.focus();
      return;
    }
    setProblems({});
    submit.mutate({ name, contact, skills, availability: parsed.data.availability, languages: parsed.data.languages, locale, consentToSafeguardingChecks: true });
  };

  if (submit.isSuccess) {
    return (
      <Card size="3" style={{ maxWidth: '40rem' }}>
        <Heading as="h1" size="6" mb="2">
          {t('apply.sentHeading')}
        </Heading>
        <Text as="p" role="status">
          {t('apply.sent')}
        </Text>
      </Card>
    );
  }

  const server = submit.error ? describeError(submit.error).fieldErrors : null;
  const messageOf = (f: Field) => problems[f] ?? server?.[f];
  const described = (f: Field, hint?: string) => [hint, messageOf(f) ? `apply-${f}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const toggle = (list: string[], set: (v: string[]) => void, value: string, on: boolean) => set(on ? [...list, value] : list.filter((v) => v !== value));

  return (
    <Card size="3" style={{ maxWidth: '40rem' }}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="apply-heading">
        <Flex direction="column" gap="4">
          <Heading as="h1" size="7" id="apply-heading">
            {t('apply.heading')}
          </Heading>
          <Text as="p" color="gray">
            {t('apply.intro')}
          </Text>
          <Flex direction="column" gap="1">
            <FieldLabel htmlFor="apply-name" label={t('apply.name')} />
            <TextField.Root id="apply-name" autoComplete="name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} aria-invalid={messageOf('name') ? true : undefined} aria-describedby={described('name')} />
            <FieldError id="apply-name-error" serverMessage={messageOf('name')} />
          </Flex>
          <Flex direction="column" gap="1">
            <FieldLabel htmlFor="apply-contact" label={t('apply.contact')} />
            <FieldHint id="apply-contact-hint">{t('apply.contactHint')}</FieldHint>
            <TextField.Root
              id="apply-contact"
              value={contact}
              maxLength={200}
              onChange={(e) => setContact(e.target.value)}
              aria-invalid={messageOf('contact') ? true : undefined}
              aria-describedby={described('contact', 'apply-contact-hint')}
            />
            <FieldError id="apply-contact-error" serverMessage={messageOf('contact')} />
          </Flex>
          <Flex direction="column" gap="1">
            <FieldLabel htmlFor="apply-skills" label={t('apply.skills')} />
            <FieldHint id="apply-skills-hint">{t('apply.skillsHint')}</FieldHint>
            <TextArea id="apply-skills" value={skills} maxLength={1000} onChange={(e) => setSkills(e.target.value)} aria-invalid={messageOf('skills') ? true : undefined} aria-describedby={described('skills', 'apply-skills-hint')} />
            <FieldError id="apply-skills-error" serverMessage={messageOf('skills')} />
          </Flex>
          <fieldset aria-describedby={described('availability')} style={{ border: 0, padding: 0, margin: 0 }}>
            <Text as="div" size="2" weight="bold" asChild>
              <legend>{t('apply.availability')}</legend>
            </Text>
            <Flex direction="column" gap="1" mt="1" id="apply-availability" tabIndex={-1}>
              {availabilitySlots.map((slot) => (
                <Text as="label" size="2" key={slot}>
                  <Flex gap="2" align="center">
                    <Checkbox checked={availability.includes(slot)} onCheckedChange={(on) => toggle(availability, setAvailability, slot, on === true)} />
                    {t(`values:availabilitySlot.${slot}`)}
                  </Flex>
                </Text>
              ))}
            </Flex>
            <FieldError id="apply-availability-error" serverMessage={messageOf('availability')} />
          </fieldset>
          <fieldset aria-describedby={described('languages')} style={{ border: 0, padding: 0, margin: 0 }}>
            <Text as="div" size="2" weight="bold" asChild>
              <legend>{t('apply.languages')}</legend>
            </Text>
            <Flex direction="column" gap="1" mt="1" id="apply-languages" tabIndex={-1}>
              {volunteerLanguages.map((language) => (
                <Text as="label" size="2" key={language}>
                  <Flex gap="2" align="center">
                    <Checkbox checked={languages.includes(language)} onCheckedChange={(on) => toggle(languages, setLanguages, language, on === true)} />
                    {t(`values:volunteerLanguage.${language}`)}
                  </Flex>
                </Text>
              ))}
            </Flex>
            <FieldError id="apply-languages-error" serverMessage={messageOf('languages')} />
          </fieldset>
          <Flex direction="column" gap="1">
            <Text as="label" size="2">
              <Flex gap="2" align="start">
                <Checkbox
                  id="apply-consentToSafeguardingChecks"
                  checked={consent}
                  onCheckedChange={(on) => setConsent(on === true)}
                  aria-invalid={messageOf('consentToSafeguardingChecks') ? true : undefined}
                  aria-describedby={described('consentToSafeguardingChecks')}
                />
                {t('apply.consent')}
              </Flex>
            </Text>
            <FieldError id="apply-consentToSafeguardingChecks-error" serverMessage={messageOf('consentToSafeguardingChecks')} />
          </Flex>
          {submit.isError && !server ? (
            <Callout.Root color="red" role="alert">
              <Callout.Text>{errorMessage(submit.error, i18n)}</Callout.Text>
            </Callout.Root>
          ) : null}
          <Flex gap="3" align="center" wrap="wrap">
            <Button type="submit" size="3" loading={submit.isPending}>
              {t('apply.submit')}
            </Button>
            <RadixLink asChild>
              <Link href="/sign-in">{t('apply.haveAccount')}</Link>
            </RadixLink>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
