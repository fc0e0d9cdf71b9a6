// One line with the union office's contact, for the screens where nothing else helps.
import { Text } from '@tarojs/components';
import { officeLine } from './office';
import './index.scss';

export { UNION_OFFICE, officeLine } from './office';

export function OfficeContact() {
  return <Text className="office-contact">{officeLine()}</Text>;
}
