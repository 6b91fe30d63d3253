package io.countersign.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.persistence.blob.BlobRepository;
import io.countersign.persistence.chain.EvidenceChainRepository;
import io.countersign.persistence.draft.DraftRevisionRepository;
import io.countersign.persistence.key.SigningKeyRepository;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Repositories speak in model records: no jOOQ or JDBC type crosses their public methods. */
class RepositoryApiTest {

    @ParameterizedTest
    @ValueSource(
            classes = {
                BlobRepository.class,
                DraftRevisionRepository.class,
                SigningKeyRepository.class,
                EvidenceChainRepository.class
            })
    void exposesNoJooqOrJdbcTypes(Class<?> repository) {
        Stream<String> typeNames = Arrays.stream(repository.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .flatMap(RepositoryApiTest::signatureTypes)
                .map(Type::getTypeName);

        assertThat(typeNames).noneMatch(name -> name.contains("org.jooq") || name.contains("java.sql"));
    }

    private static Stream<Type> signatureTypes(Method method) {
        return Stream.concat(
                Stream.of(method.getGenericReturnType()), Arrays.stream(method.getGenericParameterTypes()));
    }
}
