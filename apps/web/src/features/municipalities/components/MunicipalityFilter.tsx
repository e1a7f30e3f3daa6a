import type { ChangeEvent } from 'react';
import { SelectField } from '../../../shared/Field';
import { useMunicipalities } from '../hooks/useMunicipalities';

/** A filter's "Municipio" select: every municipality by name, and "all" first. */
export const MunicipalityFilter = ({
  label,
  allLabel,
  value,
  onChange,
}: {
  label: string;
  allLabel: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
}) => {
  const municipalities = useMunicipalities();
  const options = [...(municipalities.data ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, 'es'),
  );
  return (
    <SelectField label={label} name="municipalityId" value={value} onChange={onChange}>
      <option value="">{allLabel}</option>
      {options.map((municipality) => (
        <option key={municipality.id} value={municipality.id}>
          {municipality.name}
        </option>
      ))}
    </SelectField>
  );
};
