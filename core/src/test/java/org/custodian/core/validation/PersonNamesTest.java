package org.custodian.core.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {

    static final List<String> REAL_NAMES = List.of(
            "Mary", "O'Brien", "Siobhán Ní Bhriain", "Mary-Jane Smith", "Jean-Luc Picard", "D'Arcy", "Zoë Saldaña",
            "José Álvarez", "François Hollande", "Łukasz Żółć", "Ólafur Arnalds", "Søren Kierkegaard", "Ærøskøbing Ås",
            "Nguyễn Thị Minh Khai", "Đặng Văn Lâm", "Björk", "Teller", "Madonna", "Ngũgĩ wa Thiong'o", "Chinụa Achebe",
            "Mao Zedong", "毛泽东", "山田 太郎", "김민준", "Иван Петрович Сидоров", "Ολυμπία Παπαδοπούλου",
            "محمد بن سلمان", "דוד בן-גוריון", "राहुल द्रविड़", "தமிழ்செல்வி", "ศักดิ์ชัย", "Ḥasan al-Bannā",
            "Kʻeliʻi Akana", "Keʻalohilani", "Dr. John Watson", "Martin Luther King, Jr.", "St. John Smythe",
            "van der Berg", "de la Cruz", "Mc Donald", "MacAllister-Jones", "Hernández García", "Nuñez",
            "Øystein Ødegård", "Ğülşen Çelik", "İlkay Gündoğan", "Ștefan Cel Mare", "Tōru Takemitsu",
            "Māui Pōmare", "Aimée Leigh", "Renée O’Connor", "Noël Coward", "Joaquín Phoenix", "Ó Súilleabháin",
            "Fatimah Az-Zahra", "Jo", "Li", "X Æ A-Xii", "Afia Owusu-Ansah", "Oluwaseun Adébáyọ̀",
            "Manuel Rodríguez y Pérez", "Sigurður Þórðarson", "Ðorđe Balašević", "Ludwig van Beethoven",
            "Priyanka Chopra Jonas", "Kāne Pāhaukalani", "Mehmet Öz", "José María Olazábal",
            "نیما\u200cیوشیج", "John Smith");

    @Test
    void atLeastFiftyRealWorldNameFormsAreAcceptedAsTyped() {
        assertTrue(REAL_NAMES.size() >= 50);
        for (String name : REAL_NAMES) {
            Checked<String> result = PersonNames.check("Full name", name);
            assertEquals(List.of(), result.problems(), name);
            assertEquals(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC), result.valueIfValid().orElseThrow());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"R2D2", "John 3rd", "Ann\tSmith", "Ann\nSmith", "Bob\u0000", "Eve\u202Eevil", "Zero\u200BWidth",
            "<script>", "Robert'); DROP TABLE customer;--", "=HYPERLINK(\"x\")", "@SUM(A1)", "Smile 😀", "a*b", "Tom & Jerry",
            "-Leading", "'Quote", "  ", ""})
    void malformedNamesAreRefusedWithTheFieldNamed(String bad) {
        Checked<String> result = PersonNames.check("Full name", bad);
        assertFalse(result.isValid(), bad);
        assertTrue(result.problems().get(0).message().startsWith("Full name: "), result.problems().get(0).message());
        assertFalse(result.problems().get(0).message().contains(bad.strip().isEmpty() ? "\u0001" : bad.strip()),
                "the message never echoes the value");
    }

    @Test
    void overTwoHundredCharactersAreRefused() {
        assertTrue(PersonNames.check("Full name", "A".repeat(200)).isValid());
        assertEquals("name.too-long", PersonNames.check("Full name", "A".repeat(201)).problems().get(0).code());
    }

    @Test
    void decomposedAccentsAreStoredComposed() {
        assertEquals("Zoë", PersonNames.check("Full name", "Zoe\u0308").valueIfValid().orElseThrow());
    }
}
