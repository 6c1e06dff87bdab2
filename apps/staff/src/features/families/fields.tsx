// Small labelled inputs for the family and carer forms: the label tied to its input, the input's own words.
import { Flex, Select, Text, TextField } from '@radix-ui/themes';

type InputProps = { id: string; label: string; value: string; onChange: (value: string) => void; type?: 'text' | 'date' | 'number'; required?: boolean };

export function InputField({ id, label, value, onChange, type = 'text', required = false }: InputProps) {
  return (
    <Flex direction="column" gap="1">
      <Text as="label" htmlFor={id} size="2" weight="medium">{label}</Text>
      <TextField.Root id={id} type={type} value={value} required={required} onChange={(e) => onChange(e.target.value)} />
    </Flex>
  );
}

type ChoiceProps<T extends string> = { id: string; label: string; value: T | ''; onChange: (value: T) => void; options: { value: T; label: string }[] };

export function ChoiceField<T extends string>({ id, label, value, onChange, options }: ChoiceProps<T>) {
  return (
    <Flex direction="column" gap="1">
      <Text as="label" id={`${id}-label`} htmlFor={id} size="2" weight="medium">{label}</Text>
      <Select.Root value={value || undefined} onValueChange={(v) => onChange(v as T)}>
        <Select.Trigger id={id} aria-labelledby={`${id}-label`} />
        <Select.Content>
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>{o.label}</Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Flex>
  );
}
